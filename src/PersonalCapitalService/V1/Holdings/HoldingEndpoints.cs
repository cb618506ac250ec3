using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Holdings;

internal static class HoldingEndpoints
{
    public static IEndpointRouteBuilder MapV1Holdings(this IEndpointRouteBuilder v1)
    {
        v1.MapRows("holdings", ListAsync, "Every position of every investment account, or of one")
            .WithTags("Holdings")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return v1;
    }

    /// <param name="account">An account id or exact name (see /v1/accounts).</param>
    private static async Task<Results<RowsResult<HoldingRecord>, ProblemHttpResult>> ListAsync(
        [FromQuery] string? account, V1Request request, CancellationToken ct)
    {
        long? accountId = null;
        if (account is not null)
        {
            if (V1Request.FindAccount(await request.AccountsAsync(ct), account) is not { } found)
            {
                return V1Problems.Unknown(V1Request.AccountName, "/v1/accounts");
            }
            accountId = found.Id;
        }
        var holdings = await request.Data.GetHoldingsAsync(ct);
        return new RowsResult<HoldingRecord>(
            [.. holdings.Holdings.Where(h => accountId is null || h.UserAccountId == accountId).Select(HoldingMapping.ToRecord)]);
    }
}
