using PersonalCapitalService.ApiDescription;
using PersonalCapitalService.Storage;
using PersonalCapitalService.Problems;

namespace PersonalCapitalService.Legacy.Accounts;

internal static class AccountRoutes
{
    /// <summary><c>/accounts</c>: networth and each account's cleaned name and balance, from getAccounts.</summary>
    public static IEndpointRouteBuilder MapAccountRoutes(this IEndpointRouteBuilder app)
    {
        app.MapGet("/accounts", (LegacyDocuments documents, CancellationToken ct) => documents.AccountsAsync(ct))
            .AddEndpointFilter<UpstreamProblemFilter>()
            .AddEndpointFilter<StoreValidatorsFilter>()
            .AsLegacy();
        return app;
    }
}
