using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;
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

    private static async Task<Results<RowsResult<HoldingRecord>, ProblemHttpResult>> ListAsync(
        [FromQuery, Description("An account id or exact name (see /v1/accounts).")] string? account, V1Request request, CancellationToken ct)
    {
        var accountId = await request.AccountAsync(account, ct);
        if (accountId.Unknown is { } unknown)
        {
            return unknown;
        }
        var holdings = await request.Data.GetHoldingsAsync(ct);
        return new RowsResult<HoldingRecord>(
            [.. holdings.Holdings.Where(h => accountId.Id is null || h.UserAccountId == accountId.Id).Select(HoldingMapping.ToRecord)]);
    }
}
