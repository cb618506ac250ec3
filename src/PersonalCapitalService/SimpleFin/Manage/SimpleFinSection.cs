using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using PersonalCapitalService.SimpleFin.Access;

namespace PersonalCapitalService.SimpleFin.Manage;

/// <summary>What the SimpleFIN section shows: the credentials, and a setup token right after one was made (shown once).</summary>
/// <param name="HeadingLevel">
/// The level of the section's title inside another page such as the dashboard (2 or more); null when the page's own
/// title says it already (its page).
/// </param>
internal sealed record SimpleFinSectionModel(
    int? HeadingLevel,
    string PathBase,
    string FormToken,
    IReadOnlyList<SimpleFinCredential> Credentials,
    string? NewSetupToken = null,
    DateTimeOffset? NewSetupTokenExpiresAt = null,
    string? Notice = null,
    string? Error = null);

/// <summary>
/// The SimpleFIN management section as one self-contained HTML fragment (no script; forms POST to
/// <c>/manage/simplefin/…</c> with an antiforgery field), for its own page and for the dashboard to embed.
/// Every value goes through the HTML encoder.
/// </summary>
internal static class SimpleFinSection
{
    public const string AntiforgeryFieldName = LoginPage.LoginPageSetup.AntiforgeryFieldName;

    /// <summary>The section's own rules (scoped to it), for any page that shows it: the credentials stack on a phone.</summary>
    public const string Style = """
        #simplefin td{overflow-wrap:break-word}
        #simplefin textarea{width:100%;box-sizing:border-box;font-family:ui-monospace,monospace;font-size:.9rem}
        #simplefin button,#simplefin code{white-space:nowrap}
        #simplefin form{margin:0}
        @media (max-width:40rem){
        #simplefin thead{display:none}
        #simplefin tr,#simplefin td{display:block}
        #simplefin tr{border-bottom:1px solid #ddd;padding:.5rem 0}
        #simplefin td{border:0;padding:.1rem 0}
        }
        """;

    public static string Render(SimpleFinSectionModel model)
    {
        var html = new StringBuilder(2048);
        var level = Math.Clamp(model.HeadingLevel ?? 1, 1, 5);
        html.Append("<section id=\"simplefin\">\n");
        if (model.HeadingLevel is not null)
        {
            html.Append(CultureInfo.InvariantCulture, $"<h{level}>SimpleFIN apps</h{level}>\n");
        }
        html.Append("<p class=\"hint\">Actual, the Firefly III importer, Home Assistant and other SimpleFIN apps read your accounts with a setup token made here.</p>\n");
        if (model.Error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\">").Append(Encode(model.Error)).Append("</p>\n");
        }
        if (model.Notice is not null)
        {
            html.Append("<p class=\"notice\" role=\"status\">").Append(Encode(model.Notice)).Append("</p>\n");
        }
        if (model.NewSetupToken is not null)
        {
            html.Append("<p>Paste this setup token into the app (Actual, Firefly III importer, Home Assistant…). It works once")
                .Append(model.NewSetupTokenExpiresAt is { } until ? $", until {Encode(Utc(until))}" : "")
                .Append(", and is not shown again:</p>\n<textarea id=\"setup-token\" readonly rows=\"4\">")
                .Append(Encode(model.NewSetupToken)).Append("</textarea>\n");
        }
        Form(html, model, "tokens", "<button type=\"submit\">Make a setup token</button>");

        var active = model.Credentials.Where(c => c.IsActive).ToList();
        html.Append(CultureInfo.InvariantCulture, $"<h{level + 1}>Connected apps</h{level + 1}>\n");
        if (active.Count == 0)
        {
            html.Append("<p class=\"hint\">None yet: make a setup token and claim it in the app.</p>\n");
        }
        else
        {
            html.Append("<table>\n<thead><tr><th>Id</th><th>When</th><th>App</th><th></th></tr></thead>\n<tbody>\n");
            foreach (var credential in active)
            {
                html.Append("<tr><td><code>").Append(Encode(credential.Id)).Append("</code></td><td>")
                    .Append("connected ").Append(Encode(Utc(credential.CreatedAt))).Append("</td><td>").Append(Encode(credential.Label ?? "—")).Append("</td><td>");
                Form(html, model, "revoke",
                    $"<input type=\"hidden\" name=\"id\" value=\"{Encode(credential.Id)}\"><button type=\"submit\" class=\"secondary\">Revoke</button>");
                html.Append("</td></tr>\n");
            }
            html.Append("</tbody>\n</table>\n");
        }
        var revoked = model.Credentials.Count - active.Count;
        if (revoked > 0)
        {
            html.Append("<p class=\"hint\">").Append(revoked.ToString(CultureInfo.InvariantCulture)).Append(" revoked.</p>\n");
        }
        return html.Append("</section>\n").ToString();
    }

    private static void Form(StringBuilder html, SimpleFinSectionModel model, string action, string fields) =>
        html.Append("<form method=\"post\" action=\"").Append(Encode($"{model.PathBase}{SimpleFinManageRoutes.BasePath}/{action}")).Append("\">")
            .Append("<input type=\"hidden\" name=\"").Append(AntiforgeryFieldName).Append("\" value=\"").Append(Encode(model.FormToken)).Append("\">")
            .Append(fields).Append("</form>\n");

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    private static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
