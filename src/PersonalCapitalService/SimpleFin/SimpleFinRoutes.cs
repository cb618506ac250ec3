using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Transport;
using PersonalCapitalService.Authentication;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.SimpleFin.Access;

namespace PersonalCapitalService.SimpleFin;

/// <summary>
/// The SimpleFIN server: <c>GET /simplefin/info</c>, <c>POST /simplefin/claim/{token}</c> (the setup token is the
/// credential) and <c>GET /simplefin/accounts</c> (access credentials). Version 1 by default, the v2 draft's
/// <c>errlist</c> and <c>connections</c> with <c>version=2</c>.
/// </summary>
internal static class SimpleFinRoutes
{
    private const int MaxLabelLength = 120;

    public static IEndpointRouteBuilder MapSimpleFin(this IEndpointRouteBuilder app)
    {
        // Not in the OpenAPI description: that one documents the owner's API and its Basic credentials; this is the
        // SimpleFIN protocol, with credentials of its own.
        var group = app.MapGroup(SimpleFinUrls.RootPath).WithTags("SimpleFIN").ExcludeFromDescription();
        group.MapGet("/info", () => TypedResults.Ok(new SimpleFinInfo(["1.0", "2"]))).AllowAnonymousBehindGuards();
        group.MapPost("/claim/{token}", ClaimAsync).AllowAnonymousBehindGuards();
        group.MapGet("/accounts", AccountsAsync);
        return app;
    }

    /// <summary>Spends the setup token and answers the access URL as plain text; any second claim is 403.</summary>
    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> ClaimAsync(
        string token,
        HttpContext http,
        ISimpleFinAccessStore store,
        FailedLoginThrottle throttle,
        IOptions<SimpleFinSettings> settings,
        CancellationToken cancellationToken)
    {
        var agent = http.Request.Headers.UserAgent.ToString();
        var label = agent.Length == 0 ? null : agent.Length > MaxLabelLength ? agent[..MaxLabelLength] : agent;
        if (await store.ClaimAsync(token, label, cancellationToken) is not { } issued)
        {
            throttle.RecordFailure(http.Connection.RemoteIpAddress);
            return TypedResults.Problem(
                statusCode: StatusCodes.Status403Forbidden,
                title: "Setup token refused",
                detail: "This setup token is unknown, expired or already claimed. If you did not claim it yourself, " +
                    "someone else may have: revoke unknown access on the bridge and make a new token.");
        }
        var url = SimpleFinUrls.For(http.Request, settings.Value).AccessUrl(issued.Credential.Id, issued.Secret);
        return TypedResults.Text(url, "text/plain; charset=utf-8");
    }

    private static async Task<Results<Ok<SimpleFinAccountSetV1>, Ok<SimpleFinAccountSetV2>, ProblemHttpResult>> AccountsAsync(
        HttpContext http,
        IOwnerData data,
        PersonalCapitalClient client,
        TimeProvider time,
        IOptions<SimpleFinSettings> settings,
        CancellationToken cancellationToken)
    {
        var parsed = AccountsQuery.Parse(http.Request.Query, time.GetUtcNow(), settings.Value.DefaultDays);
        if (!parsed.IsValid)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad parameter",
                detail: parsed.ErrorMessage, extensions: new Dictionary<string, object?> { ["parameter"] = parsed.ParameterName });
        }
        var query = parsed.Value;
        var urls = SimpleFinUrls.For(http.Request, settings.Value);
        IReadOnlyList<SimpleFinAccount> accounts = [];
        ConnectionTrouble? readFailure = null;
        try
        {
            accounts = await new SimpleFinAccountReader(data, time).ReadAsync(query, urls, cancellationToken);
        }
        catch (UpstreamException failure)
        {
            readFailure = ConnectionTroubles.From(failure);
        }
        catch (CredentialException)
        {
            readFailure = ConnectionTroubles.CredentialsUnreadable();
        }
        // The state after the read: the read itself may have found the session needing a code.
        var distinct = ConnectionTroubles.Distinct([
            .. readFailure is null ? [] : new[] { readFailure },
            .. ConnectionTroubles.Current(client.Status, http.RequestServices.GetService<ISyncStatusSource>()?.Current)]);
        if (query.Version == 2)
        {
            return TypedResults.Ok(new SimpleFinAccountSetV2(
                [.. distinct.Select(t => new SimpleFinError(t.Code, t.Message))],
                [new SimpleFinConnection(SimpleFinAccountReader.ConnectionId, SimpleFinAccountReader.OrgName, SimpleFinAccountReader.ConnectionId, urls.Root)],
                accounts));
        }
        return TypedResults.Ok(new SimpleFinAccountSetV1([.. distinct.Select(t => t.Message)], accounts));
    }
}
