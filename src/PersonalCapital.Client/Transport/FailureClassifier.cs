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
                $"Empower's Cloudflare front asked for a bot check {UpstreamOperations.While(operation)} (HTTP 403, cf-mitigated). " +
                "The service waits at least 30 minutes before it tries again; trying sooner makes it worse.")
            { StatusCode = status, IsCloudflareChallenge = true };
        }
        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            return new UpstreamException(UpstreamFailure.Blocked,
                $"Empower is limiting how often it is asked (HTTP 429, {UpstreamOperations.While(operation)}); the service waits as long as it says.",
                isTransient: true)
            {
                StatusCode = status,
                RetryAfter = RetryAfter(response),
            };
        }
        var transient = status >= 500 || response.StatusCode == HttpStatusCode.RequestTimeout;
        var advice = transient
            ? "Empower is having trouble; the service tries again by itself."
            : "Check PersonalCapital__BaseUrl; if it is right, Empower may have changed its interface.";
        return new UpstreamException(UpstreamFailure.UpstreamError,
            $"Empower answered with an error (HTTP {status}) {UpstreamOperations.While(operation)}. {advice}", transient)
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
            timedOut
                ? $"Empower did not answer in time {UpstreamOperations.While(operation)}. The service tries again; if it lasts, check the network."
                : $"Empower could not be reached {UpstreamOperations.While(operation)}: {NoAnswer(exception)}. " +
                    "Check PersonalCapital__BaseUrl and the network; the service tries again by itself.",
            isTransient: true,
            exception)
        { IsTimeout = timedOut };

    /// <summary>Why there was no answer, in words (never the exception's type).</summary>
    private static string NoAnswer(Exception exception) => exception switch
    {
        HttpRequestException { HttpRequestError: HttpRequestError.NameResolutionError } => "its host name does not resolve",
        HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError } => "the connection was refused or broke off",
        HttpRequestException { HttpRequestError: HttpRequestError.SecureConnectionError } => "the secure (TLS) connection failed",
        HttpRequestException { HttpRequestError: HttpRequestError.ResponseEnded } => "it closed the connection before answering",
        HttpRequestException { HttpRequestError: HttpRequestError.ProxyTunnelError } => "the proxy refused the connection",
        _ => "the connection failed",
    };

    /// <summary>
    /// A 2xx answer that is not the JSON envelope (an HTML page, garbled JSON). An HTML page may be the home page a
    /// POST with an expired session is redirected to (§4.3, §5), so it is worth a look at the session.
    /// </summary>
    public static UpstreamException NotAnEnvelope(string operation, string? mediaType) =>
        new(UpstreamFailure.UpstreamError,
            $"Empower answered {Described(mediaType)} instead of data {UpstreamOperations.While(operation)}; the service tries again by itself.",
            isTransient: true)
        {
            StatusCode = 200,
            MayMeanExpiredSession = mediaType?.Contains("html", StringComparison.OrdinalIgnoreCase) == true,
        };

    private static string Described(string? mediaType) => mediaType switch
    {
        null => "something of no stated type",
        _ when mediaType.Contains("html", StringComparison.OrdinalIgnoreCase) => "a web page",
        _ when mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) => "unusable JSON",
        _ => $"\"{mediaType}\"",
    };

    /// <summary>An envelope with <c>success:false</c>.</summary>
    public static UpstreamException FromEnvelope(UpstreamAnswer answer, string operation)
    {
        var errors = answer.Errors;
        var codes = errors.Select(e => e.Code).ToArray();
        // The codes go last, in brackets: useful to whoever compares notes with the protocol, not the owner's first read.
        var described = codes.Length == 0 ? "" : $" [Empower code {string.Join(", ", codes)}]";
        var doing = UpstreamOperations.While(operation);
        UpstreamFailure failure;
        var message = $"Empower refused the request {doing} without saying why{described}.";
        if (codes.Any(c => c is SessionNotAuthenticated or SessionInvalid)
            || errors.Any(e => e.Message.Contains("session", StringComparison.OrdinalIgnoreCase)))
        {
            failure = UpstreamFailure.SessionExpired;
            message = $"Empower says the session is no longer signed in ({doing}){described}.";
        }
        else if (codes.Contains(AccountLocked) || errors.Any(e => e.Message.Contains("locked", StringComparison.OrdinalIgnoreCase)))
        {
            // Told apart from a wrong password: the operator must wait or reset the password, not fix the configuration.
            failure = UpstreamFailure.CredentialsRejected;
            message = $"Empower locked the account after too many failed sign-ins{described}. " +
                "Wait for the lock to lift or reset the password on the Empower site before signing in again.";
        }
        else if (codes.Contains(IncorrectPassword) || errors.Any(e => e.Message.Contains("password", StringComparison.OrdinalIgnoreCase)))
        {
            failure = UpstreamFailure.CredentialsRejected;
            message = $"Empower refused the password{described}: check creds.json (or PersonalCapital__Password), then log in " +
                "again. The service never retries a refused password, since repeated ones lock the account.";
        }
        else if (codes.Contains(AuthorizationRequired))
        {
            // A data call that needs a higher level than the session has: the session is not authenticated.
            failure = UpstreamFailure.SessionExpired;
            message = $"Empower says the session is not signed in far enough ({doing}){described}.";
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
