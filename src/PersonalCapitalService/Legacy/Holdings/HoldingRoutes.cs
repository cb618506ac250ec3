using PersonalCapitalService.ApiDescription;
using PersonalCapitalService.Storage;
using PersonalCapitalService.Problems;

namespace PersonalCapitalService.Legacy.Holdings;

internal static class HoldingRoutes
{
    public static IEndpointRouteBuilder MapHoldingRoutes(this IEndpointRouteBuilder app)
    {
        var holdings = app.MapGroup("/holdings").AddEndpointFilter<UpstreamProblemFilter>().AddEndpointFilter<StoreValidatorsFilter>().AsLegacy();

        // Holdings with tickers filled in and each one's account type (from getAccounts2).
        holdings.MapGet("", (LegacyDocuments documents, CancellationToken ct) => documents.HoldingsAsync(ct));

        // The allocation tree, one level of inner types, percentages as fractions.
        holdings.MapGet("/classifications", (LegacyDocuments documents, CancellationToken ct) => documents.ClassificationsAsync(ct));
        return app;
    }
}
