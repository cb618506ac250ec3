using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PersonalCapital.Sandbox.Protocol;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Login;

/// <summary>
/// The 2025 "multiauth" flow (§3.6): a JSON credential check returns an idToken; authenticateToken exchanges it for
/// a session (logged in at once for a remembered device); otherwise an SMS "Freemium" challenge finishes the login.
/// </summary>
internal sealed class MultiauthLogin(
    DemoUser user,
    IdTokens idTokens,
    SecondFactor secondFactor,
    DeviceCookie deviceCookie,
    SessionAuthentication authentication,
    Envelope envelope,
    IOptions<SandboxOptions> options)
{
    /// <summary><c>auth/multiauth/noauth/authenticate</c>: plain JSON, no spHeader, no session needed.</summary>
    public JsonObject Authenticate(FormValues body)
    {
        if (options.Value.LoginFlow == LoginFlow.Legacy)
        {
            return new JsonObject
            {
                ["success"] = false,
                ["errorCode"] = "USER_NOT_MIGRATED",
                ["message"] = "This user signs in on the Personal Dashboard site.",
            };
        }
        if (!user.IsNamed(body.Get("userName")))
        {
            return Refused("INVALID_CREDENTIALS", "The username or password is incorrect.");
        }
        return user.CheckPassword(body.Get("password")) switch
        {
            PasswordCheck.Accepted => new JsonObject
            {
                ["success"] = true,
                ["idToken"] = idTokens.Issue(user.Username),
                ["destinationUrl"] = "/api/credential/authenticateToken",
                ["authProvider"] = "EMPOWER",
                ["accuCode"] = body.Get("accu") ?? "MYERIRA",
            },
            PasswordCheck.Locked => Refused("ACCOUNT_LOCKED", UpstreamError.AccountLocked.Message),
            _ => Refused("INVALID_CREDENTIALS", "The username or password is incorrect."),
        };
    }

    /// <summary><c>credential/authenticateToken</c>: runs under the gate of the session the caller's cookie names (new or old).</summary>
    public JsonObject AuthenticateToken(CookieSession session, FormValues form, HttpRequest request)
    {
        session.Restart();
        session.IssueCsrf();
        if (idTokens.Redeem(form.Get("idToken")) is not { } username)
        {
            return envelope.Failure(session, UpstreamError.AuthorizationRequired(), UpstreamError.SessionNotAuthenticated);
        }
        session.Username = username;
        var deviceRemembered = deviceCookie.IsRemembered(request);
        if (deviceRemembered && !options.Value.MfaEverySignIn)
        {
            session.Level = AuthLevel.SessionAuthenticated;
            return envelope.Success(session);
        }
        session.Level = AuthLevel.UserIdentified;
        // The one failure that carries a csrf: the SMS challenge that follows needs it (§3.6).
        var failure = envelope.Failure(session, UpstreamError.AuthorizationRequired());
        failure["spHeader"]!["csrf"] = session.CurrentCsrf;
        return failure;
    }

    public JsonObject AuthenticateSms(CookieSession session, FormValues form, HttpResponse response)
    {
        if (!SecondFactor.CanChallenge(session))
        {
            return envelope.Failure(session, UpstreamError.AuthorizationRequired());
        }
        if (secondFactor.Verify(session, ChallengeChannel.Sms, form.Get("code")) is { } error)
        {
            return envelope.Failure(session, error);
        }
        authentication.Complete(session, form, response);
        return envelope.Success(session);
    }

    private static JsonObject Refused(string code, string message) =>
        new() { ["success"] = false, ["errorCode"] = code, ["message"] = message };
}
