using System.Net;

namespace PersonalCapital.Client.Transport;

/// <summary>
/// The one place that turns what the upstream did into an <see cref="UpstreamFailure"/> (upstream-protocol §4.3,
/// §4.4, §5): HTTP status and headers first, then the envelope's <c>success</c>, error codes and auth level.
/// </summary>
internal static class FailureClassifier
{
    private const int AuthorizationRequired = 200;
    private const int SessionNotAuthenticated = 201;
    private const int SessionInvalid = 202;
    private const int IncorrectPassword = 312;
    private const int AccountLocked = 313;

    /// <summary>A failure told by the HTTP status alone, or null when the status is a success.</summary>
    public static UpstreamException? FromStatus(HttpResponseMessage response, string operation)
    {
        var status = (int)response.StatusCode;
        if (status is >= 200 and < 300)
        {
            return null;
        }
        if (response.StatusCode == HttpStatusCode.Forbidden && response.Headers.Contains("cf-mitigated"))
        {
            // Never retried: retrying into a challenge makes it worse (§4.3, §12); the session manager cools down instead.
            return new UpstreamException(UpstreamFailure.Blocked,
                $"{operation}: Cloudflare answered with a bot challenge (HTTP 403, cf-mitigated).")
            { StatusCode = status, IsCloudflareChallenge = true };
        }
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new UpstreamException(UpstreamFailure.Blocked, $"{operation}: rate limited (HTTP 429).", isTransient: true)
            {
                StatusCode = status,
                RetryAfter = RetryAfter(response),
            };
        }
        var transient = status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout;
        return new UpstreamException(UpstreamFailure.UpstreamError, $"{operation}: the upstream answered HTTP {status}.", transient)
        {
            StatusCode = status,
            RetryAfter = RetryAfter(response),
        };
    }

    /// <summary>The error code of "Max number of activation challenges" (§3.7, §12).</summary>
    public const string CodeRequestLimitCode = "AUAC_12";

    /// <summary>Whether a refused answer's body names <see cref="CodeRequestLimitCode"/> (the first 64 KiB are enough).</summary>
    public static async Task<bool> MentionsCodeRequestLimitAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        try
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            return body.AsSpan(0, Math.Min(body.Length, 65_536)).Contains(CodeRequestLimitCode, StringComparison.OrdinalIgnoreCase);
        }
        catch (Exception e) when (e is HttpRequestException or IOException)
        {
            return false;
        }
    }

    /// <summary>Too many code requests: the owner must wait before any new challenge (15–30 minutes, §12).</summary>
    public static UpstreamException CodeRequestLimit(string operation) =>
        new(UpstreamFailure.Blocked,
            $"{operation}: the upstream refused to send another code ({CodeRequestLimitCode}, too many code requests).")
        { StatusCode = 400, IsCodeRequestLimit = true };

    /// <summary>An exception thrown while sending: no answer at all.</summary>
    public static UpstreamException FromTransport(Exception exception, string operation, bool timedOut) =>
        new(UpstreamFailure.Transport,
            timedOut ? $"{operation}: the upstream did not answer in time." : $"{operation}: the upstream could not be reached ({exception.GetType().Name}).",
            isTransient: true,
            exception)
        { IsTimeout = timedOut };

    /// <summary>
    /// A 2xx answer that is not the JSON envelope (an HTML page, garbled JSON). An HTML page may be the home page a
    /// POST with an expired session is redirected to (§4.3, §5), so it is worth a look at the session.
    /// </summary>
    public static UpstreamException NotAnEnvelope(string operation, string? mediaType) =>
        new(UpstreamFailure.UpstreamError,
            $"{operation}: the upstream answered {mediaType ?? "an unknown content type"} instead of its JSON envelope.",
            isTransient: true)
        {
            StatusCode = 200,
            MayMeanExpiredSession = mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true,
        };

    /// <summary>An envelope with <c>success:false</c>.</summary>
    public static UpstreamException FromEnvelope(UpstreamAnswer answer, string operation)
    {
        var errors = answer.Errors;
        var codes = errors.Select(e => e.Code).ToArray();
        var described = codes.Length == 0 ? "no error code" : "error codes " + string.Join(", ", codes);
        UpstreamFailure failure;
        var message = $"{operation}: the upstream refused the call ({described}).";
        if (codes.Any(c => c is SessionNotAuthenticated or SessionInvalid)
            || errors.Any(e => e.Message.Contains("session", StringComparison.OrdinalIgnoreCase)))
        {
            failure = UpstreamFailure.SessionExpired;
        }
        else if (codes.Contains(AccountLocked) || errors.Any(e => e.Message.Contains("locked", StringComparison.OrdinalIgnoreCase)))
        {
            // Told apart from a wrong password: the operator must wait or reset the password, not fix the configuration.
            failure = UpstreamFailure.CredentialsRejected;
            message = $"{operation}: the upstream locked the account after too many failed sign-ins ({described}). " +
                "Wait for the lock to lift or reset the password on the Empower site before signing in again.";
        }
        else if (codes.Contains(IncorrectPassword) || errors.Any(e => e.Message.Contains("password", StringComparison.OrdinalIgnoreCase)))
        {
            failure = UpstreamFailure.CredentialsRejected;
            message = $"{operation}: the upstream refused the password ({described}).";
        }
        else if (codes.Contains(AuthorizationRequired))
        {
            // A data call that needs a higher level than the session has: the session is not authenticated.
            failure = UpstreamFailure.SessionExpired;
        }
        else
        {
            failure = UpstreamFailure.UpstreamError;
        }
        return new UpstreamException(failure, message)
        {
            ErrorCodes = codes,
        };
    }

    private static TimeSpan? RetryAfter(HttpResponseMessage response) =>
        response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta,
            { Date: { } date } => date - DateTimeOffset.UtcNow,
            _ => null,
        };
}
