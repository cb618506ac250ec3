namespace PersonalCapital.Sandbox.Sessions;

/// <summary>The <c>JSESSIONID</c> cookie that names a server session.</summary>
internal static class SessionCookie
{
    public static CookieSession? Find(HttpContext http, SessionRegistry sessions) =>
        sessions.Find(http.Request.Cookies[SessionRegistry.CookieName]);

    /// <summary>The caller's session, or a new one whose cookie is set on the response.</summary>
    public static CookieSession FindOrStart(HttpContext http, SessionRegistry sessions)
    {
        if (Find(http, sessions) is { } existing)
        {
            return existing;
        }
        var session = sessions.Create();
        http.Response.Cookies.Append(SessionRegistry.CookieName, session.Id, new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            Secure = http.Request.IsHttps,
            SameSite = SameSiteMode.Lax,
        });
        return session;
    }
}
