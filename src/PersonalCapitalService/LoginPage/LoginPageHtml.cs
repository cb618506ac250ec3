using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using PersonalCapital.Client.Login;

namespace PersonalCapitalService.LoginPage;

/// <summary>
/// Writes the /login page: plain HTML, no script, one form for the next step. Every piece of text that is not a
/// literal of this file goes through the HTML encoder, so an upstream message can never become markup.
/// </summary>
internal static class LoginPageHtml
{
    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;line-height:1.5;color:#1b1b1b;background:#f7f7f7}
        main{max-width:34rem;margin:0 auto}
        h1{font-size:1.5rem;margin:.5rem 0 1rem}
        h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
        dl{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:0}
        dt{font-weight:600}
        dd{margin:0;overflow-wrap:anywhere}
        fieldset{border:1px solid #bbb;border-radius:.5rem;padding:.25rem 1rem .5rem;margin:0}
        label{display:block;padding:.35rem 0}
        input[type=text]{font-size:1.5rem;letter-spacing:.15em;width:100%;max-width:12rem;padding:.35rem .5rem;box-sizing:border-box}
        button{font-size:1rem;padding:.6rem 1.2rem;margin-top:.75rem;border-radius:.4rem;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff}
        button.secondary{background:#fff;color:#1d4ed8}
        .notice,.error{padding:.5rem 1rem;margin:0 0 1rem;border-left:4px solid}
        .notice{background:#e8f5ec;border-color:#1a7f37}
        .error{background:#fdecea;border-color:#b42318}
        .hint{color:#555;font-size:.95rem}
        """;

    public static string Render(LoginPageModel model)
    {
        var html = new StringBuilder(4096);
        html.Append("""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Upstream login · PersonalCapitalService</title>
            <style>
            """).Append(Style).Append("""
            </style>
            </head>
            <body>
            <main>
            <h1>Upstream login</h1>

            """);
        if (model.Error is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\" id=\"error\">").Append(Encode(model.Error)).Append("</p>\n");
        }
        else if (Notice(model) is { } notice)
        {
            html.Append("<p class=\"notice\" role=\"status\" id=\"notice\">").Append(Encode(notice)).Append("</p>\n");
        }
        if (model.SaveProblem is not null)
        {
            html.Append("<p class=\"error\" role=\"alert\" id=\"session-file\">").Append(Encode(model.SaveProblem)).Append("</p>\n");
        }
        AppendStatus(html, model);
        html.Append("<h2>Next step</h2>\n");
        switch (model.Step)
        {
            case LoginStep.Start:
                AppendStart(html, model);
                break;
            case LoginStep.ChooseMethod:
                AppendChooseMethod(html, model);
                break;
            case LoginStep.EnterCode:
                AppendEnterCode(html, model, model.Sent!);
                break;
            case LoginStep.LoggedIn:
                html.Append("<p>Nothing to do: the bridge is logged in to the upstream and serves data. ")
                    .Append("<a href=\"").Append(Encode(model.PathBase + "/health/ready")).Append("\">Check readiness</a>.</p>\n");
                break;
        }
        if (model.Step != LoginStep.LoggedIn)
        {
            SessionImport.SessionImportHtml.Append(html, model);
        }
        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    /// <summary>The state in words, as the owner would say it.</summary>
    public static string Describe(SessionState state) => state switch
    {
        SessionState.Authenticated => "Logged in",
        SessionState.NeedsSecondFactor => "Needs a second factor",
        SessionState.CredentialsRejected => "Credentials refused",
        SessionState.Blocked => "Blocked by the upstream",
        _ => "Not checked yet",
    };

    /// <summary>The outcome of the last form, unless the state has moved on since (a stale bookmark, another tab).</summary>
    private static string? Notice(LoginPageModel model) => (model.Outcome, model.Step) switch
    {
        (LoginOutcome.LoggedIn, LoginStep.LoggedIn) => "Logged in. The bridge serves data again.",
        (LoginOutcome.SessionImported, LoginStep.LoggedIn) => "Session imported and checked. The bridge serves data again.",
        (LoginOutcome.NoCodeNeeded, LoginStep.LoggedIn) =>
            "Logged in without a code: the session was still alive, or the upstream remembers this device.",
        (LoginOutcome.CodeNeeded, LoginStep.ChooseMethod) => "The upstream wants a second factor. Choose how to receive the code.",
        (LoginOutcome.CodeSent, LoginStep.EnterCode) => model.Sent!.Method == TwoFactorMethod.Totp
            ? "Ready: enter the code your authenticator app shows now."
            : $"A code was sent by {model.Sent.Method.Channel()}. Enter it below.",
        _ => null,
    };

    private static void AppendStatus(StringBuilder html, LoginPageModel model)
    {
        var status = model.Status;
        html.Append("<h2>Session</h2>\n<dl>\n")
            .Append("<dt>State</dt><dd id=\"state\" data-state=\"").Append(Encode(status.State.ToString())).Append("\">")
            .Append(Encode(Describe(status.State))).Append("</dd>\n");
        if (!string.IsNullOrWhiteSpace(status.Detail))
        {
            html.Append("<dt>Detail</dt><dd id=\"detail\">").Append(Encode(status.Detail)).Append("</dd>\n");
        }
        if (status.CoolDownUntil is { } coolDown)
        {
            html.Append("<dt>No automatic call before</dt><dd id=\"cool-down\">");
            AppendTime(html, coolDown);
            html.Append("</dd>\n");
        }
        if (status.CodeRequestsExhaustedUntil is { } exhausted)
        {
            html.Append("<dt>No new code before</dt><dd id=\"codes-exhausted\">");
            AppendTime(html, exhausted);
            html.Append("</dd>\n");
        }
        html.Append("<dt>Last successful call</dt><dd id=\"last-success\">");
        if (status.LastSuccess is { } success)
        {
            AppendTime(html, success);
        }
        else
        {
            html.Append("none since the service started");
        }
        html.Append("</dd>\n</dl>\n");
    }

    private static void AppendStart(StringBuilder html, LoginPageModel model)
    {
        html.Append(model.Status.State switch
        {
            SessionState.CredentialsRejected =>
                "<p>The upstream refused the configured username or password. Correct them first: repeated wrong passwords lock the account.</p>\n",
            SessionState.Blocked =>
                "<p>The upstream is refusing requests for now. Wait a few minutes before you try again.</p>\n",
            _ => "",
        });
        OpenForm(html, model, "start");
        html.Append("<p class=\"hint\">The bridge logs in with its configured credentials. If the upstream wants a second factor, ")
            .Append("you choose next how to receive the code.</p>\n")
            .Append("<button type=\"submit\">Start login</button>\n</form>\n");
    }

    private static void AppendChooseMethod(StringBuilder html, LoginPageModel model)
    {
        if (AppendCodesExhausted(html, model))
        {
            return;
        }
        OpenForm(html, model, "challenge");
        AppendMethods(html, model, "Send the code by", model.PreferredMethod);
        html.Append("<button type=\"submit\">Send the code</button>\n</form>\n");
    }

    /// <summary>
    /// After <c>AUAC_12</c> no form may ask for a code before its time (each ask lengthens the upstream's wait); says so.
    /// </summary>
    /// <returns>True when codes are exhausted and no send form may be shown.</returns>
    private static bool AppendCodesExhausted(StringBuilder html, LoginPageModel model)
    {
        if (model.Status.CodeRequestsExhaustedUntil is not { } until)
        {
            return false;
        }
        html.Append("<p class=\"error\" id=\"exhausted\">The upstream has sent as many codes as it allows for now. ")
            .Append("No new code can be asked for before ");
        AppendTime(html, until);
        html.Append("; reload this page then. A code you already received can still be entered.</p>\n");
        return true;
    }

    private static void AppendEnterCode(StringBuilder html, LoginPageModel model, SentChallenge sent)
    {
        OpenForm(html, model, "code");
        html.Append("<label for=\"code\">Code ").Append(Encode(sent.Method.Source())).Append("</label>\n")
            .Append("<input type=\"text\" id=\"code\" name=\"code\" inputmode=\"numeric\" autocomplete=\"one-time-code\" ")
            .Append("maxlength=\"").Append(LoginCode.MaxLength.ToString(CultureInfo.InvariantCulture)).Append("\" required autofocus>\n")
            .Append("<p class=\"hint\">Asked for at ");
        AppendTime(html, sent.At);
        html.Append(".</p>\n<button type=\"submit\">Log in</button>\n</form>\n")
            .Append("<h2>No code?</h2>\n");
        if (AppendCodesExhausted(html, model))
        {
            return;
        }
        OpenForm(html, model, "challenge");
        AppendMethods(html, model, "Send a new code by", sent.Method);
        html.Append("<button type=\"submit\" class=\"secondary\">Send a new code</button>\n</form>\n");
    }

    private static void AppendMethods(StringBuilder html, LoginPageModel model, string legend, TwoFactorMethod preferred)
    {
        IReadOnlyList<TwoFactorMethod> methods = model.OnlySms ? [TwoFactorMethod.Sms] : TwoFactorMethodNames.All;
        var checkedMethod = methods.Contains(preferred) ? preferred : methods[0];
        html.Append("<fieldset>\n<legend>").Append(Encode(legend)).Append("</legend>\n");
        foreach (var method in methods)
        {
            html.Append("<label><input type=\"radio\" name=\"method\" value=\"").Append(method.FormValue()).Append('"')
                .Append(method == checkedMethod ? " checked" : "").Append("> ").Append(Encode(method.Label()));
            if (method.Caveat() is { } caveat)
            {
                html.Append(" <span class=\"hint\">(").Append(Encode(caveat)).Append(")</span>");
            }
            html.Append("</label>\n");
        }
        html.Append("</fieldset>\n");
        if (model.OnlySms)
        {
            html.Append("<p class=\"hint\">This account signs in through Empower's new login, which sends codes by SMS only.</p>\n");
        }
    }

    internal static void OpenForm(StringBuilder html, LoginPageModel model, string action) =>
        html.Append("<form method=\"post\" action=\"").Append(Encode($"{model.PathBase}/login/{action}")).Append("\">\n")
            .Append("<input type=\"hidden\" name=\"").Append(LoginPageSetup.AntiforgeryFieldName)
            .Append("\" value=\"").Append(Encode(model.FormToken)).Append("\">\n");

    internal static void AppendTime(StringBuilder html, DateTimeOffset at) =>
        html.Append("<time datetime=\"").Append(at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture)).Append("\">")
            .Append(at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture)).Append("</time>");

    internal static string Encode(string text) => HtmlEncoder.Default.Encode(text);
}
