using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Login;

/// <summary>What the client knows of its upstream session.</summary>
public enum SessionState
{
    /// <summary>Not checked yet (a saved session may or may not still be alive).</summary>
    Unknown,

    /// <summary>The last exchange showed an authenticated session.</summary>
    Authenticated,

    /// <summary>Logging in needs a human to pass a second factor; nothing is retried until one does.</summary>
    NeedsSecondFactor,

    /// <summary>The upstream refused the credentials or locked the account; no login is retried until a human asks.</summary>
    CredentialsRejected,

    /// <summary>The upstream is refusing to talk (Cloudflare, rate limiting); logins wait for the cool-down.</summary>
    Blocked,
}

/// <summary>A snapshot of the session and of how recent upstream calls went, for health checks and the login page.</summary>
/// <param name="State">See <see cref="SessionState"/>.</param>
/// <param name="LastSuccess">When a call to the upstream last succeeded.</param>
/// <param name="LastFailure">When a call last failed after every retry.</param>
/// <param name="LastFailureKind">How it failed.</param>
/// <param name="ConsecutiveFailures">Calls failed in a row since the last success.</param>
/// <param name="Detail">A sentence for operators about the current state; never a secret.</param>
/// <param name="CodeRequestsExhaustedUntil">The upstream refused to send more codes (<c>AUAC_12</c>): none is asked for before this.</param>
/// <param name="CoolDownUntil">Blocked (a Cloudflare challenge, say): no automatic upstream call before this.</param>
public sealed record SessionStatus(
    SessionState State,
    DateTimeOffset? LastSuccess,
    DateTimeOffset? LastFailure,
    UpstreamFailure? LastFailureKind,
    int ConsecutiveFailures,
    string? Detail,
    DateTimeOffset? CodeRequestsExhaustedUntil = null,
    DateTimeOffset? CoolDownUntil = null);
