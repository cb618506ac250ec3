using System.Net.Http.Headers;
using System.Security.Claims;
using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PersonalCapitalService.Authentication;
using PersonalCapitalService.SimpleFin.Access;

namespace PersonalCapitalService.SimpleFin;

/// <summary>
/// HTTP Basic with SimpleFIN access credentials (the user info of an access URL), for everything under
/// <c>/simplefin</c>. The owner's Basic credentials are not accepted here. Refusals are 403, as SimpleFIN consumers
/// expect ("authentication failed or access revoked"), and wrong credentials count towards the same per-address
/// throttle as wrong owner logins.
/// </summary>
internal sealed class SimpleFinAuthentication(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    ISimpleFinAccessStore store,
    FailedLoginThrottle throttle)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "SimpleFin";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!AuthenticationHeaderValue.TryParse(Request.Headers.Authorization, out var header)
            || !string.Equals(header.Scheme, "Basic", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        var client = Context.Connection.RemoteIpAddress;
        if (Decode(header.Parameter) is not var (username, secret)
            || await store.FindActiveAsync(username, secret, Context.RequestAborted) is not { } credential)
        {
            throttle.RecordFailure(client);
            return AuthenticateResult.Fail("Unknown or revoked SimpleFIN access credentials.");
        }
        var identity = new ClaimsIdentity([new Claim(ClaimTypes.Name, credential.Id)], SchemeName);
        return AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(identity), SchemeName));
    }

    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => RefuseAsync();

    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => RefuseAsync();

    private Task RefuseAsync() => TypedResults.Problem(
        statusCode: StatusCodes.Status403Forbidden,
        title: "SimpleFIN access refused",
        detail: "Send the credentials of a SimpleFIN access URL issued by this service (claimed from a setup token). " +
            "Revoked credentials and the owner's own credentials are refused here.").ExecuteAsync(Context);

    private static (string Username, string Secret)? Decode(string? parameter)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(parameter ?? ""));
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon > 0 ? (text[..colon], text[(colon + 1)..]) : null;
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
