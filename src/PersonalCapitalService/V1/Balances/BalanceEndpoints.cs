using Microsoft.AspNetCore.Http.HttpResults;
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

    /// <param name="interval">day (default), week or month.</param>
    /// <param name="account">An account id or exact name (see /v1/accounts).</param>
    private static async Task<Results<RowsResult<BalanceRecord>, ValidationProblem, ProblemHttpResult>> ListAsync(
        [AsParameters] RangeQuery range, [FromQuery] string? interval, [FromQuery] string? account, V1Request request, CancellationToken ct)
    {
        var dates = request.Range(range);
        if (!dates.IsValid)
        {
            return V1Problems.BadParameter(dates);
        }
        if (!HistoryIntervals.TryParse(interval, out var every))
        {
            return V1Problems.BadParameter(HistoryIntervals.Name, "interval must be day, week or month");
        }
        var accounts = await request.AccountsAsync(ct);
        long? accountId = null;
        if (account is not null)
        {
            if (V1Request.FindAccount(accounts, account) is not { } found)
            {
                return V1Problems.Unknown(V1Request.AccountName, "/v1/accounts");
            }
            accountId = found.Id;
        }
        var histories = await request.Data.GetHistoriesAsync(dates.Value.Start, dates.Value.End, ct);
        return new RowsResult<BalanceRecord>(BalanceMapping.ToRecords(histories, accounts, every, accountId));
    }
}
