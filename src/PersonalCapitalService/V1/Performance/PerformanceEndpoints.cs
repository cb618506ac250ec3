using Microsoft.AspNetCore.Http.HttpResults;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Performance;

internal static class PerformanceEndpoints
{
    public static IEndpointRouteBuilder MapV1Performance(this IEndpointRouteBuilder v1)
    {
        v1.MapRows("performance", ListAsync, "Cumulative return per day of the portfolio, each investment account and the benchmarks")
            .WithTags("History");
        return v1;
    }

    private static async Task<Results<RowsResult<PerformanceRecord>, ValidationProblem>> ListAsync(
        [AsParameters] RangeQuery range, V1Request request, CancellationToken ct)
    {
        var dates = request.Range(range);
        if (!dates.IsValid)
        {
            return V1Problems.BadParameter(dates);
        }
        var accounts = await request.AccountsAsync(ct);
        var performance = await request.Data.GetPerformanceAsync(dates.Value.Start, dates.Value.End, ct);
        return new RowsResult<PerformanceRecord>(PerformanceMapping.ToRecords(performance, accounts));
    }
}
