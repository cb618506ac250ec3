using PersonalCapitalService.ApiDescription;
using System.Text.Json.Nodes;
using PersonalCapital.Client;
using PersonalCapitalService.Problems;

namespace PersonalCapitalService.Legacy.Holdings;

internal static class HoldingRoutes
{
    public static IEndpointRouteBuilder MapHoldingRoutes(this IEndpointRouteBuilder app)
    {
        var holdings = app.MapGroup("/holdings").AddEndpointFilter<UpstreamProblemFilter>().AsLegacy();

        // Holdings with tickers filled in and each one's account type (from getAccounts2).
        holdings.MapGet("", async (PersonalCapitalClient client, CancellationToken ct) =>
        {
            var accounts = client.GetAccounts2Async(ct);
            var list = client.GetHoldingsAsync(cancellationToken: ct);
            await Task.WhenAll(accounts, list);
            var body = await HoldingsBody.BuildAsync(list.Result.Json, accounts.Result.Json,
                async (sourceAssetId, userAccountId, token) =>
                    (await client.GetAssetClassificationAsync(sourceAssetId, userAccountId, token)).PortfolioComponents.FirstOrDefault()?.Symbol,
                ct);
            return TypedResults.Ok<JsonNode>(body);
        });

        // The allocation tree, one level of inner types, percentages as fractions.
        holdings.MapGet("/classifications", async (PersonalCapitalClient client, CancellationToken ct) =>
            TypedResults.Ok<JsonNode>(ClassificationsBody.Build((await client.GetHoldingsAsync(["allocation"], cancellationToken: ct)).Json)));
        return app;
    }
}
