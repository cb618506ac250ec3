using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.NetWorth;

internal static class NetWorthEndpoints
{
    public static IEndpointRouteBuilder MapV1NetWorth(this IEndpointRouteBuilder v1)
    {
        v1.MapRows("networth", ListAsync, "Assets, liabilities (negative) and net worth per day, week or month")
            .WithTags("History");
        return v1;
    }

    private static async Task<Results<RowsResult<NetWorthRecord>, ValidationProblem>> ListAsync(
        [AsParameters] RangeQuery range, [FromQuery, Description("day (default), week or month.")] string? interval, V1Request request, CancellationToken ct)
    {
        var dates = request.Range(range);
        if (!dates.IsValid)
        {
            return V1Problems.BadParameter(dates);
        }
        if (!HistoryIntervals.TryParse(interval, out var every))
        {
            return HistoryIntervals.Invalid;
        }
        var histories = await request.Data.GetHistoriesAsync(dates.Value.Start, dates.Value.End, ct);
        return new RowsResult<NetWorthRecord>(NetWorthMapping.ToRecords(histories, every));
    }
}
