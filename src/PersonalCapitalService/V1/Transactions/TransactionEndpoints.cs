using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Transactions;

internal static class TransactionEndpoints
{
    public static IEndpointRouteBuilder MapV1Transactions(this IEndpointRouteBuilder v1)
    {
        v1.MapRows("transactions", ListAsync, "Transactions of a range, amounts signed (money out negative)")
            .WithTags("Transactions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return v1;
    }

    private static async Task<Results<RowsResult<TransactionRecord>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [AsParameters] RangeQuery range,
        [FromQuery, Description("An account id or exact name (see /v1/accounts).")] string? account,
        [FromQuery, Description("A category id or exact name (see /v1/categories).")] string? category,
        V1Request request,
        CancellationToken ct)
    {
        var dates = request.Range(range);
        if (!dates.IsValid)
        {
            return V1Problems.BadParameter(dates);
        }
        var accountId = await request.AccountAsync(account, ct);
        if (accountId.Unknown is { } unknownAccount)
        {
            return unknownAccount;
        }
        var categoryId = await request.CategoryAsync(category, ct);
        if (categoryId.Unknown is { } unknownCategory)
        {
            return unknownCategory;
        }
        return new RowsResult<TransactionRecord>(await TransactionRows.ReadAsync(request, dates.Value, accountId.Id, categoryId.Id, ct));
    }
}
