using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Login;

/// <summary>
/// <c>GET /page/login/goHome</c> (and <c>GET /</c> for pre-2022 clients): the HTML page that carries the first csrf
/// token (§3.1, fixture goHome.html) and starts a cookie session.
/// </summary>
internal static class HomePage
{
    public static void MapHomePage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/page/login/goHome", Serve);
        app.MapGet("/", Serve);
    }

    private static async Task<IResult> Serve(HttpContext http, SessionRegistry sessions, Faults.FaultInjector faults)
    {
        if (await faults.TryChallengeLoginAsync(http))
        {
            return Results.Empty;
        }
        var session = SessionCookie.FindOrStart(http, sessions);
        string csrf;
        lock (session.Gate)
        {
            sessions.Touch(session);
            csrf = session.IssueCsrf();
        }
        return Results.Content(Render(csrf), "text/html; charset=utf-8");
    }

    public static string Render(string csrf) => $$"""
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Sign In - Personal Dashboard (sandbox)</title>
        </head>
        <body>
          <div id="loginContainer" class="loading"></div>
          <script type="text/javascript">
            window.csrf ='{{csrf}}';
            window.userGuid ='';
          </script>
        </body>
        </html>
        """;
}
