namespace PersonalCapital.Client.Transport;

/// <summary>What went wrong with an upstream call, decided once, in the client (architecture: "classify once").</summary>
public enum UpstreamFailure
{
    /// <summary>The session is not (or no longer) authenticated: codes 200/201/202, "session" messages, a level drop.</summary>
    SessionExpired,

    /// <summary>Logging in needs a human to pass a second factor (SMS, e-mail, voice or authenticator code).</summary>
    SecondFactorRequired,

    /// <summary>The upstream refused the username or password, or locked the account.</summary>
    CredentialsRejected,

    /// <summary>Cloudflare challenge, HTTP 429, or identifyUser answering <c>NONE</c> (rate limited or unknown).</summary>
    Blocked,

    /// <summary>The upstream answered, but not usefully: 5xx, HTML instead of JSON, garbled JSON, an unexpected error.</summary>
    UpstreamError,

    /// <summary>No answer: connection refused or reset, DNS, TLS, or a timeout.</summary>
    Transport,
}
