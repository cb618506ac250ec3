using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PersonalCapital.Sandbox.Protocol;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Login;

/// <summary>
/// The identifyUser flow (§3.3, state table §3.8): identifyUser → challenge → authenticate code → authenticatePassword.
/// Every method runs under the session's gate with the csrf already checked.
/// </summary>
internal sealed class LegacyLogin(
    DemoUser user,
    SecondFactor secondFactor,
    DeviceCookie deviceCookie,
    SessionAuthentication authentication,
    Envelope envelope,
    IOptions<SandboxOptions> options)
{
    public JsonObject IdentifyUser(CookieSession session, FormValues form, HttpRequest request)
    {
        var username = form.Get("username");
        if (session.Level == AuthLevel.SessionAuthenticated && user.IsNamed(username)
            && options.Value.LiveSessionIdentify == LiveSessionIdentify.KeepSession)
        {
            // §3.3: identifyUser may already say SESSION_AUTHENTICATED (personalcapital2's reading).
            session.IssueCsrf();
            return envelope.Success(session, CredentialsData(includeStatus: true));
        }
        // §12: on a live session identifyUser starts a new sign-in; the password (and maybe a code) is wanted again.
        session.Restart();
        session.IssueCsrf();
        if (options.Value.LoginFlow == LoginFlow.Multiauth && user.IsNamed(username))
        {
            // §12: a migrated account's identifyUser says NONE with success and no error code; 920 only when asked (§4.3 [LOW]).
            return options.Value.MigratedAnswer == MigratedAnswer.Error920
                ? envelope.Failure(session, AuthLevel.None, UpstreamError.UserMigrated)
                : envelope.Success(session);
        }
        if (!user.IsNamed(username) || user.IsLocked)
        {
            // Unknown, locked or throttled users all look the same: NONE (personalcapital2 reads it as "blocked").
            return envelope.Success(session);
        }
        session.Username = user.Username;
        session.Level = deviceCookie.IsRemembered(request) ? AuthLevel.UserRemembered : AuthLevel.UserIdentified;
        return envelope.Success(session, CredentialsData(includeStatus: true));
    }

    /// <summary>A challenge by <paramref name="channel"/>; past the cap, HTTP 400 with <c>AUAC_12</c> (§3.7, §12).</summary>
    public JsonObject Challenge(CookieSession session, ChallengeChannel channel, HttpResponse response)
    {
        if (!SecondFactor.CanChallenge(session))
        {
            return envelope.Failure(session, UpstreamError.AuthorizationRequired());
        }
        if (!secondFactor.Challenge(session, channel))
        {
            response.StatusCode = StatusCodes.Status400BadRequest;
            return ChallengeLimiter.Refusal();
        }
        return envelope.Success(session);
    }

    public JsonObject Authenticate(CookieSession session, ChallengeChannel channel, string? code)
    {
        if (!SecondFactor.CanChallenge(session))
        {
            return envelope.Failure(session, UpstreamError.AuthorizationRequired());
        }
        if (secondFactor.Verify(session, channel, code) is { } error)
        {
            return envelope.Failure(session, error);
        }
        session.Level = AuthLevel.DeviceAuthorized;
        return envelope.Success(session);
    }

    public JsonObject AuthenticatePassword(CookieSession session, FormValues form, HttpResponse response)
    {
        if (session.Level is not (AuthLevel.UserRemembered or AuthLevel.DeviceAuthorized or AuthLevel.SessionAuthenticated)
            || (form.Get("username") is { Length: > 0 } named && !user.IsNamed(named)))
        {
            return envelope.Failure(session, UpstreamError.AuthorizationRequired());
        }
        switch (user.CheckPassword(form.Get("passwd")))
        {
            case PasswordCheck.Locked:
                return envelope.Failure(session, UpstreamError.AccountLocked);
            case PasswordCheck.Rejected:
                return envelope.Failure(session, UpstreamError.IncorrectPassword);
        }
        // With MFA on every sign-in, a session only gets to DEVICE_AUTHORIZED or beyond through a second factor.
        if (options.Value.MfaEverySignIn && session.Level is not (AuthLevel.DeviceAuthorized or AuthLevel.SessionAuthenticated))
        {
            session.Level = AuthLevel.MfaRequired;
            return envelope.Success(session);
        }
        authentication.Complete(session, form, response);
        return envelope.Success(session, CredentialsData(includeStatus: false));
    }

    /// <summary>The cheap "am I logged in?" probe: the header tells the level.</summary>
    public JsonObject QuerySession(CookieSession session) => envelope.Success(session);

    private static JsonObject CredentialsData(bool includeStatus)
    {
        string[] names = ["PASSWORD", "OOB_SMS", "OOB_EMAIL", "OOB_PHONE", "TOTP"];
        var data = new JsonObject();
        if (includeStatus)
        {
            data["userStatus"] = "ACTIVE";
        }
        data["credentials"] = new JsonArray([.. names.Select(n => (JsonNode)JsonValue.Create(n))]);
        data["allCredentials"] = new JsonArray([.. names.Select(n => (JsonNode)new JsonObject { ["name"] = n, ["status"] = "ACTIVE" })]);
        return data;
    }
}
