using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Login;

/// <summary>The <c>PMData</c> remembered-device cookie (§1.4): set after a password login with <c>bindDevice=true</c>.</summary>
internal sealed class DeviceCookie(DemoUser user)
{
    public bool IsRemembered(HttpRequest request) =>
        user.Remembers(request.Cookies[DemoUser.DeviceCookieName]);

    public void Issue(HttpResponse response)
    {
        var token = user.RememberDevice();
        // Max-Age rather than Expires: the client's clock decides, even when the sandbox runs on a fake one.
        response.Cookies.Append(DemoUser.DeviceCookieName, token, new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            Secure = response.HttpContext.Request.IsHttps,
            MaxAge = DemoUser.DeviceLifetime,
            SameSite = SameSiteMode.Lax,
        });
    }

    public static bool Wanted(Protocol.FormValues form) =>
        string.Equals(form.Get("bindDevice"), "true", StringComparison.OrdinalIgnoreCase);
}
