using PersonalCapital.Sandbox.Protocol;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Login;

/// <summary>Challenges and code checks shared by the legacy endpoints and the multiauth "Freemium" ones.</summary>
internal sealed class SecondFactor(
    ChallengeCodes codes,
    ChallengeLimiter limiter,
    Microsoft.Extensions.Options.IOptions<SandboxOptions> options)
{
    /// <summary>Levels at which a second factor can be asked for: identified but not yet authenticated.</summary>
    public static bool CanChallenge(CookieSession session) =>
        session.Username is not null && session.Level is > AuthLevel.None and < AuthLevel.SessionAuthenticated;

    /// <summary>
    /// Sends (announces) a new code; a second challenge replaces the first. An e-mail challenge that delivers nothing
    /// (the default, §12) still replaces it, with a code nobody is told, as the owner's inbox stays empty.
    /// </summary>
    /// <returns>False when the challenge cap is reached: nothing was sent.</returns>
    public bool Challenge(CookieSession session, ChallengeChannel channel)
    {
        // An authenticator "challenge" only readies the check; nothing is sent, so nothing counts towards the cap.
        if (channel != ChallengeChannel.Totp && !limiter.TryCount(session.Username!))
        {
            return false;
        }
        var code = channel == ChallengeChannel.Email && !options.Value.EmailDelivers
            ? ChallengeCodes.Undelivered()
            : codes.Issue(session.Username!, channel);
        session.Challenge = new PendingChallenge(channel, code);
        return true;
    }

    /// <summary>
    /// Checks a code against the pending challenge of that channel. An authenticator code needs no challenge
    /// when the sandbox has a fixed code, as an app generates codes without being asked.
    /// </summary>
    public UpstreamError? Verify(CookieSession session, ChallengeChannel channel, string? code)
    {
        var expected = session.Challenge is { } pending && pending.Channel == channel
            ? pending.Code
            : channel == ChallengeChannel.Totp ? options.Value.TwoFactorCode : null;
        if (expected is null)
        {
            return UpstreamError.NoChallenge;
        }
        if (!string.Equals(code?.Trim(), expected, StringComparison.Ordinal))
        {
            return UpstreamError.IncorrectCode;
        }
        session.Challenge = null;
        return null;
    }
}
