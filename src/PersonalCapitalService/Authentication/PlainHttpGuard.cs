using System.Net;
using Microsoft.Extensions.Options;

namespace PersonalCapitalService.Authentication;

/// <summary>
/// Basic credentials are readable by anyone on the path of a plain HTTP request. They are accepted over HTTPS (direct,
/// or from a known TLS proxy that says so in X-Forwarded-Proto), over loopback, and elsewhere only when
/// <c>BasicAuth__AllowInsecureHttp=true</c>. Other requests get 403 before any credential is looked at.
/// </summary>
internal sealed class PlainHttpGuard(RequestDelegate next, IOptions<BasicAuthSettings> settings)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.Request.IsHttps
            || context.IsAnonymous()
            || settings.Value.AllowInsecureHttp
            || context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address))
        {
            return next(context);
        }
        return TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "HTTPS required",
            detail: "This service accepts Basic credentials over plain HTTP only from this machine. Use HTTPS " +
                "(or a TLS reverse proxy listed in ForwardedHeaders__KnownProxies), or set BasicAuth__AllowInsecureHttp=true " +
                "if you accept that the password crosses the network unencrypted.").ExecuteAsync(context);
    }
}
