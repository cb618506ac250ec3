using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PersonalCapitalService.V1.Common;
using PersonalCapitalService.V1.Transactions;

namespace PersonalCapitalService.V1.Cashflow;

internal static class CashflowEndpoints
{
    public const string ByName = "by";

    public static IEndpointRouteBuilder MapV1Cashflow(this IEndpointRouteBuilder v1)
    {
        v1.MapRows("cashflow", ListAsync, "Income, spending and net per month or per category")
            .WithTags("Transactions");
        return v1;
    }

    private static async Task<Results<RowsResult<CashflowRecord>, ValidationProblem>> ListAsync(
        [AsParameters] RangeQuery range, [FromQuery, Description("month (default) or category.")] string? by, V1Request request, CancellationToken ct)
    {
        var dates = request.Range(range);
        if (!dates.IsValid)
        {
            return V1Problems.BadParameter(dates);
        }
        if (by is not (null or CashflowMapping.ByMonth or CashflowMapping.ByCategory))
        {
            return V1Problems.BadParameter(ByName, "by must be month or category");
        }
        var rows = await TransactionRows.ReadAsync(request, dates.Value, null, null, ct);
        return new RowsResult<CashflowRecord>(by == CashflowMapping.ByCategory
            ? CashflowMapping.ByCategories(rows)
            : CashflowMapping.ByMonths(rows, dates.Value));
    }
}
