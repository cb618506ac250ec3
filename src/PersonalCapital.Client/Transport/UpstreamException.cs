namespace PersonalCapital.Client.Transport;

/// <summary>
/// A classified upstream failure. Its message is written for operators and never contains a secret, a cookie,
/// a csrf token or an upstream body.
/// </summary>
public sealed class UpstreamException : Exception
{
    public UpstreamException(
        UpstreamFailure failure,
        string message,
        bool isTransient = false,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
        IsTransient = isTransient;
    }

    public UpstreamFailure Failure { get; }

    /// <summary>Retrying the same idempotent data call later may succeed.</summary>
    public bool IsTransient { get; }

    /// <summary>The upstream's <c>Retry-After</c>, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The failure was a time limit (per request or for the whole call), not a refusal.</summary>
    public bool IsTimeout { get; init; }

    /// <summary>HTTP status of the answer, when there was one.</summary>
    public int? StatusCode { get; init; }

    /// <summary><c>spHeader.errors[].code</c> of the answer, when it had any.</summary>
    public IReadOnlyList<int> ErrorCodes { get; init; } = [];

    /// <summary>Cloudflare's bot challenge (HTTP 403 with <c>cf-mitigated</c>): the cause of a cool-down.</summary>
    public bool IsCloudflareChallenge { get; init; }

    /// <summary>The upstream's <c>AUAC_12</c>: no more codes may be requested for a while.</summary>
    public bool IsCodeRequestLimit { get; init; }

    /// <summary>
    /// An answer the upstream also gives when the session is gone (its HTML home page instead of JSON): the session is
    /// worth a probe before the call is retried.
    /// </summary>
    internal bool MayMeanExpiredSession { get; init; }

    /// <summary>The same failure, no longer eligible for automatic retry (used for login calls).</summary>
    internal UpstreamException AsFinal() =>
        IsTransient
            ? new UpstreamException(Failure, Message, isTransient: false, this)
            {
                RetryAfter = RetryAfter,
                IsTimeout = IsTimeout,
                StatusCode = StatusCode,
                ErrorCodes = ErrorCodes,
                MayMeanExpiredSession = MayMeanExpiredSession,
                IsCloudflareChallenge = IsCloudflareChallenge,
                IsCodeRequestLimit = IsCodeRequestLimit,
            }
            : this;
}
