using PersonalCapitalService.ApiDescription;
using System.Text.Json.Nodes;
using PersonalCapital.Client;
using PersonalCapitalService.Problems;

namespace PersonalCapitalService.Legacy.Accounts;

internal static class AccountRoutes
{
    /// <summary><c>/accounts</c>: networth and each account's cleaned name and balance, from getAccounts.</summary>
    public static IEndpointRouteBuilder MapAccountRoutes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/accounts", async (PersonalCapitalClient client, CancellationToken ct) =>
                TypedResults.Ok<JsonNode>(AccountsBody.Build((await client.GetAccountsAsync(ct)).Json)))
            .AddEndpointFilter<UpstreamProblemFilter>()
            .AsLegacy();
        return app;
    }
}
