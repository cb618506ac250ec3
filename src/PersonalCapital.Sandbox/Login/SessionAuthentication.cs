using PersonalCapital.Sandbox.Protocol;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Login;

/// <summary>The last step of a login, in either flow, once the password or the code was the last thing asked for.</summary>
internal sealed class SessionAuthentication(DeviceCookie deviceCookie)
{
    /// <summary>Authenticates the session with a fresh csrf, and remembers the device when the form asks (<c>bindDevice=true</c>).</summary>
    public void Complete(CookieSession session, FormValues form, HttpResponse response)
    {
        session.Level = AuthLevel.SessionAuthenticated;
        session.IssueCsrf();
        if (DeviceCookie.Wanted(form))
        {
            deviceCookie.Issue(response);
        }
    }
}
