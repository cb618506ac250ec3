using Microsoft.AspNetCore.Http.HttpResults;
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

    /// <param name="account">An account id or exact name (see /v1/accounts).</param>
    /// <param name="category">A category id or exact name (see /v1/categories).</param>
    private static async Task<Results<RowsResult<TransactionRecord>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [AsParameters] RangeQuery range,
        [FromQuery] string? account,
        [FromQuery] string? category,
        V1Request request,
        CancellationToken ct)
    {
        var dates = request.Range(range);
        if (!dates.IsValid)
        {
            return V1Problems.BadParameter(dates);
        }
        long? accountId = null, categoryId = null;
        if (account is not null)
        {
            if (V1Request.FindAccount(await request.AccountsAsync(ct), account) is not { } found)
            {
                return V1Problems.Unknown(V1Request.AccountName, "/v1/accounts");
            }
            accountId = found.Id;
        }
        if (category is not null)
        {
            if (V1Request.FindCategory(await request.CategoriesAsync(ct), category) is not { } found)
            {
                return V1Problems.Unknown(V1Request.CategoryName, "/v1/categories");
            }
            categoryId = found.Id;
        }
        return new RowsResult<TransactionRecord>(await TransactionRows.ReadAsync(request, dates.Value, accountId, categoryId, ct));
    }
}
