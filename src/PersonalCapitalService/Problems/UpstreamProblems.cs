using System.Globalization;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Transport;

namespace PersonalCapitalService.Problems;

/// <summary>
/// Turns a classified upstream failure into an RFC 9457 problem: a session only a human can mend → 503 with
/// Retry-After and a pointer to /login; upstream down or garbled → 502; upstream too slow → 504. The detail is the
/// client's own sentence, never an upstream body.
/// </summary>
internal static class UpstreamProblems
{
    private static readonly TimeSpan HumanRetryAfter = TimeSpan.FromMinutes(1);

    public static IResult From(UpstreamException failure, HttpContext context) => failure.Failure switch
    {
        UpstreamFailure.SecondFactorRequired or UpstreamFailure.SessionExpired => Unavailable(context,
            "The upstream session needs a second factor",
            failure.Message, HumanRetryAfter, pointToLogin: true),
        UpstreamFailure.CredentialsRejected => Unavailable(context,
            "The upstream refused the credentials",
            failure.Message + " Check the configured credentials, then log in at /login.", HumanRetryAfter, pointToLogin: true),
        UpstreamFailure.Blocked => Unavailable(context,
            "The upstream is throttling requests",
            failure.Message, failure.RetryAfter is { } wait && wait > TimeSpan.Zero ? wait : HumanRetryAfter, pointToLogin: false),
        UpstreamFailure.Transport when failure.IsTimeout => TypedResults.Problem(
            statusCode: StatusCodes.Status504GatewayTimeout, title: "The upstream did not answer in time", detail: failure.Message),
        UpstreamFailure.Transport => TypedResults.Problem(
            statusCode: StatusCodes.Status502BadGateway, title: "The upstream could not be reached", detail: failure.Message),
        _ => TypedResults.Problem(
            statusCode: StatusCodes.Status502BadGateway, title: "The upstream answered with an error", detail: failure.Message),
    };

    public static IResult From(SessionFileAccessException failure, HttpContext context) =>
        Unavailable(context, "The service cannot read its session file", failure.Message, HumanRetryAfter, pointToLogin: false);

    public static IResult From(CredentialException failure, HttpContext context) =>
        Unavailable(context, "The service cannot read its upstream credentials", failure.Message, HumanRetryAfter, pointToLogin: false);

    private static IResult Unavailable(HttpContext context, string title, string detail, TimeSpan retryAfter, bool pointToLogin)
    {
        context.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: title,
            detail: detail,
            extensions: pointToLogin ? new Dictionary<string, object?> { ["login"] = "/login" } : null);
    }
}
