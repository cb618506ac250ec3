using System.Globalization;

namespace PersonalCapitalService.Authentication;

/// <summary>An address that failed Basic authentication too often gets 429 with Retry-After until its block ends.</summary>
internal sealed class ThrottleGuard(RequestDelegate next, FailedLoginThrottle throttle)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.IsAnonymous() || throttle.BlockedFor(context.Connection.RemoteIpAddress) is not { } left)
        {
            return next(context);
        }
        var seconds = (int)Math.Ceiling(left.TotalSeconds);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many failed logins",
            detail: $"Too many wrong Basic credentials from this address; try again in {seconds} seconds.").ExecuteAsync(context);
    }
}
