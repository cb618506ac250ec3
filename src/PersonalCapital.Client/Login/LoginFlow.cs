using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Login;

/// <summary>
/// The login state machine (upstream-protocol §3.3–3.6): the legacy identifyUser flow first, the 2025 multiauth flow
/// when the legacy one is refused. A login that needs a second factor stops at <see cref="LoginProgress.NeedsSecondFactor"/>
/// and remembers where it stood, so a human can send the challenge and enter the code later. None of these calls is
/// ever retried: each retry of a challenge texts the owner again, and repeated passwords lock the account.
/// Not thread-safe: <see cref="SessionManager"/> serialises every use.
/// </summary>
internal sealed partial class LoginFlow(
    UpstreamTransport transport,
    IOptions<PersonalCapitalOptions> options,
    TimeProvider time,
    ILogger<LoginFlow> logger)
{
    /// <summary>"User has migrated to the new site.": one doubtful source only (§4.3 [LOW], §12); a hint, still honoured.</summary>
    private const int MigratedErrorCode = 920;

    private Pending? _pending;

    private PersonalCapitalOptions Options => options.Value;

    /// <summary>True while a login waits for a second factor.</summary>
    public bool IsWaitingForSecondFactor => _pending is not null;

    /// <summary>The challenge sent for the waiting login, once sent.</summary>
    public SentChallenge? Challenge => _pending?.Challenged;

    /// <summary>Which flow the waiting login uses (the multiauth one offers SMS only).</summary>
    public bool WaitingLoginOffersOnlySms => _pending?.Flow == Flow.Multiauth;

    /// <summary>The waiting sign-in in its stored form, to be finished by another process; null when none waits.</summary>
    public PendingSignIn? Waiting => _pending is { } pending
        ? new PendingSignIn(pending.Flow == Flow.Multiauth, pending.Challenged?.Method, pending.Challenged?.At)
        : null;

    /// <summary>Takes up a sign-in saved by another process (its cookies are restored alongside).</summary>
    public void Restore(PendingSignIn? pending) =>
        _pending = pending is null
            ? null
            : new Pending(pending.Multiauth ? Flow.Multiauth : Flow.Legacy,
                pending is { Method: { } method, SentAt: { } at } ? new SentChallenge(method, at) : null);

    /// <summary>Forgets a waiting sign-in (a session was imported instead).</summary>
    public void Abandon() => _pending = null;

    /// <summary>Logs in as far as possible without a human.</summary>
    public async Task<LoginProgress> StartAsync(UpstreamCredentials credentials, CancellationToken cancellationToken)
    {
        _pending = null;
        // The classic sign-in speaks urlencoded, as every classic client; the multiauth flow switches (§12).
        transport.Multipart = false;
        await transport.LoadLoginPageAsync(cancellationToken);
        UpstreamAnswer identified;
        try
        {
            identified = await transport.PostAsync("login/identifyUser",
            [
                new("username", credentials.Username),
                new("bindDevice", "false"),
                new("skipLinkAccount", "false"),
                new("redirectTo", ""),
                new("skipFirstUse", ""),
                new("referrerId", ""),
            ], cancellationToken);
        }
        catch (UpstreamException e) when (e.StatusCode is 404 or 410)
        {
            LogFallback(logger, $"identifyUser answered HTTP {e.StatusCode}");
            return await StartMultiauthAsync(credentials, cancellationToken);
        }
        if (!identified.Success)
        {
            if (identified.Errors.Any(e => e.Code == MigratedErrorCode
                || e.Message.Contains("migrated", StringComparison.OrdinalIgnoreCase)))
            {
                LogFallback(logger, "identifyUser says the account moved to the new sign-in");
                return await StartMultiauthAsync(credentials, cancellationToken);
            }
            throw FailureClassifier.FromEnvelope(identified, "login/identifyUser");
        }
        LogStep(logger, "identifyUser", identified.AuthLevel);
        switch (identified.AuthLevel)
        {
            case AuthLevels.UserRemembered or AuthLevels.SessionAuthenticated:
                return await PasswordAsync(credentials, cancellationToken);
            case AuthLevels.UserIdentified or AuthLevels.MfaRequired:
                _pending = new Pending(Flow.Legacy);
                return LoginProgress.NeedsSecondFactor;
            default:
                // NONE with success is ambiguous (§3.2, §12): unknown user, rate limiting, or an account that signs in
                // through multiauth only (xinluh and kandluis moved there for migrated accounts without an error code).
                // One multiauth attempt tells them apart; whatever it says is final for this login, so no storm.
                LogFallback(logger, "identifyUser answered level NONE");
                return await StartMultiauthAsync(credentials, cancellationToken, afterNone: true);
        }
    }

    /// <summary>Sends the second-factor challenge of the waiting login by <paramref name="method"/>.</summary>
    public async Task SendChallengeAsync(TwoFactorMethod method, CancellationToken cancellationToken)
    {
        var pending = _pending ?? throw new InvalidOperationException("No login is waiting for a second factor.");
        var (operation, fields) = pending.Flow == Flow.Multiauth
            ? MultiauthChallenge(method)
            : LegacyChallenge(method);
        var answer = await transport.PostAsync(operation, fields, cancellationToken);
        if (!answer.Success)
        {
            throw FailureClassifier.FromEnvelope(answer, operation);
        }
        _pending = pending with { Challenged = new SentChallenge(method, time.GetUtcNow()) };
        LogStep(logger, operation, answer.AuthLevel);
    }

    /// <summary>Checks the code of the challenge sent, then finishes the login.</summary>
    public async Task<LoginProgress> CompleteAsync(
        UpstreamCredentials credentials,
        string code,
        CancellationToken cancellationToken)
    {
        var pending = _pending ?? throw new InvalidOperationException("No login is waiting for a second factor.");
        var method = pending.Challenged?.Method ?? throw new InvalidOperationException("No challenge was sent yet.");
        var (operation, fields) = pending.Flow == Flow.Multiauth ? MultiauthCode(code) : LegacyCode(method, code);
        var answer = await transport.PostAsync(operation, fields, cancellationToken);
        if (!answer.Success)
        {
            LogStep(logger, operation + " (code refused)", answer.AuthLevel);
            throw new UpstreamException(UpstreamFailure.SecondFactorRequired,
                "The upstream did not accept the code; check it, or send a new one.")
            { ErrorCodes = [.. answer.Errors.Select(e => e.Code)] };
        }
        LogStep(logger, operation, answer.AuthLevel);
        if (pending.Flow == Flow.Multiauth)
        {
            _pending = null;
            return LoginProgress.Authenticated;
        }
        return await PasswordAsync(credentials, cancellationToken);
    }

    private async Task<LoginProgress> StartMultiauthAsync(
        UpstreamCredentials credentials,
        CancellationToken cancellationToken,
        bool afterNone = false)
    {
        var checkedCredentials = await transport.PostJsonAsync("auth/multiauth/noauth/authenticate", new
        {
            userName = credentials.Username,
            password = credentials.Password,
            deviceFingerPrint = DeviceFingerprint(credentials.Username),
            userAgent = Options.UserAgent,
            language = "en-US",
            hasLiedLanguages = false,
            hasLiedResolution = false,
            hasLiedOs = false,
            hasLiedBrowser = false,
            flowName = "mfa",
            accu = "MYERIRA",
            requestSrc = "empower_browser",
        }, cancellationToken);
        var accepted = checkedCredentials["success"]?.GetValueKind() == System.Text.Json.JsonValueKind.True;
        var idToken = checkedCredentials["idToken"]?.GetValue<string>();
        if (!accepted || string.IsNullOrEmpty(idToken))
        {
            var reason = checkedCredentials["errorCode"]?.ToString() ?? "no reason given";
            var notMigrated = reason.Contains("MIGRATED", StringComparison.OrdinalIgnoreCase);
            if (afterNone && notMigrated)
            {
                // The account is not a multiauth one, so NONE meant what personalcapital2 reads it as (§3.2).
                throw new UpstreamException(UpstreamFailure.Blocked,
                    "login/identifyUser answered level NONE and the new sign-in does not know the account either: the upstream " +
                    "does not accept this user right now (unknown username, locked account or rate limiting). Wait a few minutes before trying again.");
            }
            throw new UpstreamException(
                notMigrated ? UpstreamFailure.UpstreamError : UpstreamFailure.CredentialsRejected,
                $"Empower's new sign-in refused the credentials ({reason}): check creds.json (or PersonalCapital__Password), then log in again.");
        }
        LogStep(logger, "multiauth authenticate", "idToken");
        // The new site's web app posts multipart/form-data (§12); its sign-in and the session after it do too.
        transport.Multipart = true;

        var exchanged = await transport.PostAsync("credential/authenticateToken", [new("idToken", idToken)], cancellationToken);
        LogStep(logger, "authenticateToken", exchanged.AuthLevel);
        if (exchanged.Success && exchanged.IsAuthenticated)
        {
            return LoginProgress.Authenticated;
        }
        if (exchanged.Errors.Any(e => e.Code == 200))
        {
            _pending = new Pending(Flow.Multiauth);
            return LoginProgress.NeedsSecondFactor;
        }
        throw FailureClassifier.FromEnvelope(exchanged, "credential/authenticateToken");
    }

    private async Task<LoginProgress> PasswordAsync(UpstreamCredentials credentials, CancellationToken cancellationToken)
    {
        var answer = await transport.PostAsync("credential/authenticatePassword",
        [
            new("username", credentials.Username),
            new("passwd", credentials.Password),
            new("bindDevice", "true"),
            new("deviceName", Options.DeviceName),
            new("redirectTo", ""),
            new("skipFirstUse", ""),
            new("skipLinkAccount", "false"),
            new("referrerId", ""),
        ], cancellationToken);
        LogStep(logger, "authenticatePassword", answer.AuthLevel);
        if (!answer.Success)
        {
            var failure = FailureClassifier.FromEnvelope(answer, "credential/authenticatePassword");
            if (failure.Failure == UpstreamFailure.CredentialsRejected)
            {
                throw failure;
            }
            // "Authorization required." here means the second factor was not done (PR#24 commenters).
            _pending = new Pending(Flow.Legacy);
            return LoginProgress.NeedsSecondFactor;
        }
        if (answer.IsAuthenticated)
        {
            _pending = null;
            return LoginProgress.Authenticated;
        }
        // MFA_REQUIRED ("every sign-in"), or success at a lower level (the stale-session bug): only
        // SESSION_AUTHENTICATED means logged in.
        _pending = new Pending(Flow.Legacy);
        return LoginProgress.NeedsSecondFactor;
    }

    private static (string, KeyValuePair<string, string>[]) LegacyChallenge(TwoFactorMethod method) => method switch
    {
        TwoFactorMethod.Sms => ("credential/challengeSms", ChallengeFields("OP", "challengeSMS")),
        TwoFactorMethod.Email => ("credential/challengeEmail", ChallengeFields("OP", "challengeEmail")),
        TwoFactorMethod.Voice => ("credential/challengePhone", ChallengeFields("OP", null)),
        TwoFactorMethod.Totp => ("credential/challengeTotp", ChallengeFields("TP", null)),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    private static (string, KeyValuePair<string, string>[]) MultiauthChallenge(TwoFactorMethod method) =>
        method == TwoFactorMethod.Sms
            ? ("credential/challengeSmsFreemium",
                [new("challengeReason", "DEVICE_AUTH"), new("challengeMethod", "OP"), new("bindDevice", "true")])
            : throw new UpstreamException(UpstreamFailure.SecondFactorRequired,
                "This account signs in through Empower's new login, which offers the second factor by SMS only.");

    private static (string, KeyValuePair<string, string>[]) LegacyCode(TwoFactorMethod method, string code) => method switch
    {
        TwoFactorMethod.Sms => ("credential/authenticateSms", CodeFields("code", code, "OP")),
        TwoFactorMethod.Email => ("credential/authenticateEmailByCode", CodeFields("code", code, "OP")),
        TwoFactorMethod.Voice => ("credential/authenticatePhone", CodeFields("code", code, "OP")),
        TwoFactorMethod.Totp => ("credential/authenticateTotpCode", CodeFields("totpCode", code, "TOTP")),
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    private static (string, KeyValuePair<string, string>[]) MultiauthCode(string code) =>
        ("credential/authenticateSmsFreemium",
            [new("code", code.Trim()), new("challengeReason", "DEVICE_AUTH"), new("challengeMethod", "OP"), new("bindDevice", "true")]);

    private static KeyValuePair<string, string>[] ChallengeFields(string challengeMethod, string? challengeType)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("challengeReason", "DEVICE_AUTH"),
            new("challengeMethod", challengeMethod),
            new("bindDevice", "false"),
        ];
        if (challengeType is not null)
        {
            fields.Add(new("challengeType", challengeType));
        }
        return [.. fields];
    }

    private static KeyValuePair<string, string>[] CodeFields(string field, string code, string challengeMethod) =>
        [new(field, code.Trim()), new("challengeReason", "DEVICE_AUTH"), new("challengeMethod", challengeMethod), new("bindDevice", "false")];

    /// <summary>Any stable 32-hex value works (§3.6); derive it from the user so the device looks the same each time.</summary>
    private string DeviceFingerprint(string username) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(username + "|" + Options.DeviceName))[..16]).ToLowerInvariant();

    [LoggerMessage(Level = LogLevel.Information, Message = "Login step {Step}: auth level {AuthLevel}")]
    private static partial void LogStep(ILogger logger, string step, string? authLevel);

    [LoggerMessage(Level = LogLevel.Information, Message = "Legacy login refused ({Reason}); trying the multiauth flow")]
    private static partial void LogFallback(ILogger logger, string reason);

    private enum Flow
    {
        Legacy,
        Multiauth,
    }

    /// <param name="Challenged">The challenge sent, once sent.</param>
    private sealed record Pending(Flow Flow, SentChallenge? Challenged = null);
}
