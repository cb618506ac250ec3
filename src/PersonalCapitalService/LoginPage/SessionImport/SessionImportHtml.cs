using System.Globalization;
using System.Text;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Session;
using static PersonalCapitalService.LoginPage.LoginPageHtml;

namespace PersonalCapitalService.LoginPage.SessionImport;

/// <summary>
/// The session-import part of /login: step-by-step instructions for copying a signed-in browser tab's Cookie header,
/// and the form that takes it. Open by default when automated sign-in is stuck (blocked, or no more codes).
/// The fields are never filled back in: what was pasted is a live session.
/// </summary>
internal static class SessionImportHtml
{
    public static void Append(StringBuilder html, LoginPageModel model)
    {
        var stuck = model.Status.State == SessionState.Blocked || model.Status.CodeRequestsExhaustedUntil is not null;
        var host = Encode(model.UpstreamHost);
        html.Append("<details id=\"import\"").Append(stuck ? " open" : "").Append(" style=\"margin-top:1.5rem\">\n")
            .Append("<summary>Signed in in a browser? Import that session instead</summary>\n")
            .Append("<p class=\"hint\">When the upstream blocks automated sign-in, the bridge can use the session of a browser ")
            .Append("where you are signed in to the Empower dashboard.</p>\n")
            .Append("<ol id=\"import-steps\">\n")
            .Append("<li>In a desktop browser, sign in to the Empower Personal Dashboard as usual and leave the tab open.</li>\n")
            .Append("<li>Open the developer tools (<kbd>F12</kbd>, or <kbd>Ctrl</kbd>+<kbd>Shift</kbd>+<kbd>I</kbd>; on a Mac ")
            .Append("<kbd>Cmd</kbd>+<kbd>Option</kbd>+<kbd>I</kbd>) and choose the <strong>Network</strong> panel, then reload the page.</li>\n")
            .Append("<li>In the filter box type <code>api/</code> and click a request to <code>").Append(host)
            .Append("</code>, such as <code>getAccounts2</code> or <code>querySession</code>.</li>\n")
            .Append("<li>Under <strong>Headers</strong>, then <strong>Request Headers</strong>, find <code>Cookie</code> and copy its whole ")
            .Append("value (Chrome: right-click it, <em>Copy value</em>). Paste it below.</li>\n")
            .Append("<li>Optional: under <strong>Payload</strong> (Firefox: <strong>Request</strong>) of the same request, copy the value of ")
            .Append("<code>csrf</code>. Without it the bridge asks the upstream for one.</li>\n")
            .Append("</ol>\n");
        OpenForm(html, model, "import");
        html.Append("<label for=\"cookie\">Cookie header</label>\n")
            .Append("<textarea id=\"cookie\" name=\"cookie\" rows=\"4\" required spellcheck=\"false\" autocomplete=\"off\" ")
            .Append("maxlength=\"").Append(CookieHeader.MaxLength.ToString(CultureInfo.InvariantCulture)).Append("\" ")
            .Append("style=\"width:100%;box-sizing:border-box;font-family:monospace\"></textarea>\n")
            .Append("<label for=\"csrf\">csrf (optional)</label>\n")
            .Append("<input type=\"password\" id=\"csrf\" name=\"csrf\" autocomplete=\"off\" spellcheck=\"false\" maxlength=\"200\" ")
            .Append("style=\"width:100%;box-sizing:border-box\">\n")
            .Append("<p class=\"hint\">The bridge checks the session with one call to the upstream and keeps it like its own. ")
            .Append("It never shows or logs what you paste. Signing out in that browser may end this session too.</p>\n")
            .Append("<button type=\"submit\" class=\"secondary\">Import the session</button>\n</form>\n</details>\n");
    }
}
