using System.Globalization;

namespace PersonalCapitalService.Authentication;

/// <summary>A client that failed Basic authentication too often gets 429 with Retry-After, and the time it ends, until its block ends.</summary>
internal sealed class ThrottleGuard(RequestDelegate next, FailedLoginThrottle throttle, TimeProvider time)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.IsAnonymous() || throttle.BlockedUntil(context.Connection.RemoteIpAddress) is not { } until)
        {
            return next(context);
        }
        var seconds = Math.Max(1, (int)Math.Ceiling((until - time.GetUtcNow()).TotalSeconds));
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        return TypedResults.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many failed logins",
            detail: $"Too many wrong Basic credentials from this address; try again in {seconds} seconds, " +
                $"after {until.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture)} UTC.").ExecuteAsync(context);
    }
}
