using Microsoft.AspNetCore.Http.HttpResults;
using System.ComponentModel;
using Microsoft.AspNetCore.Mvc;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Balances;

internal static class BalanceEndpoints
{
    public static IEndpointRouteBuilder MapV1Balances(this IEndpointRouteBuilder v1)
    {
        v1.MapRows("balances", ListAsync, "Each account's signed balance per day, week or month")
            .WithTags("History")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return v1;
    }

    private static async Task<Results<RowsResult<BalanceRecord>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [AsParameters] RangeQuery range, [FromQuery, Description("day (default), week or month.")] string? interval, [FromQuery, Description("An account id or exact name (see /v1/accounts).")] string? account, V1Request request, CancellationToken ct)
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
        var accounts = await request.AccountsAsync(ct);
        var accountId = V1Request.AccountIn(accounts, account);
        if (accountId.Unknown is { } unknown)
        {
            return unknown;
        }
        var histories = await request.Data.GetHistoriesAsync(dates.Value.Start, dates.Value.End, ct);
        return new RowsResult<BalanceRecord>(BalanceMapping.ToRecords(histories, accounts, every, accountId.Id));
    }
}
