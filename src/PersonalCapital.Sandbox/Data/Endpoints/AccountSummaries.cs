using System.Text.Json.Nodes;
using static PersonalCapital.Sandbox.Data.Endpoints.JsonValues;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>The per-account <c>accountSummaries[]</c> of getHistories and getPerformanceHistories.</summary>
internal static class AccountSummaries
{
    public static JsonArray Build(DemoDataset data, HistoryRequest request)
    {
        var end = request.To;
        var before = request.From.AddDays(-1);
        var total = request.Accounts.Sum(a => data.BalanceOn(a, end));
        var (first, last) = data.TransactionRange(request.From, request.To);
        var summaries = new JsonArray();
        foreach (var account in request.Accounts)
        {
            decimal income = 0m, expense = 0m;
            for (var i = first; i < last; i++)
            {
                var row = data.Transactions[i];
                if (row.Account == account)
                {
                    income += row.Flags.IsCashIn ? row.Amount : 0m;
                    expense += row.Flags.IsCashOut ? row.Amount : 0m;
                }
            }
            var balanceAtEnd = data.BalanceOn(account, end);
            var balanceBefore = before < data.HistoryStart ? balanceAtEnd : data.BalanceOn(account, before);
            var balanceYesterday = data.BalanceOn(account, end.AddDays(-1));
            var (rangePerformance, dayPerformance) = account.IsInvestment
                ? (Gain(data, account, before, end, balanceBefore), Gain(data, account, end.AddDays(-1), end, balanceYesterday))
                : (0m, 0m);
            summaries.Add(new JsonObject
            {
                ["userAccountId"] = account.UserAccountId,
                ["accountName"] = account.Name,
                ["siteName"] = account.FirmName,
                ["currentBalance"] = Money(account.Balance),
                ["percentOfTotal"] = total == 0m ? 0 : Number(balanceAtEnd / total * 100m, 2),
                ["income"] = Money(income),
                ["expense"] = Money(expense),
                ["cashFlow"] = Money(income - expense),
                ["oneDayBalanceValueChange"] = Money(balanceAtEnd - balanceYesterday),
                ["oneDayBalancePercentageChange"] = Plain(PercentChange(balanceAtEnd - balanceYesterday, balanceYesterday)),
                ["dateRangeBalanceValueChange"] = Money(balanceAtEnd - balanceBefore),
                ["dateRangeBalancePercentageChange"] = Plain(PercentChange(balanceAtEnd - balanceBefore, balanceBefore)),
                ["dateRangePerformanceValueChange"] = Money(rangePerformance),
                ["oneDayPerformanceValueChange"] = Money(dayPerformance),
                ["balanceAsOfEndDate"] = Money(balanceAtEnd),
                ["closedDate"] = account.ClosedDate is { } closed ? Date(closed) : "",
            });
        }
        return summaries;
    }

    /// <summary>Market gain of a balance held from <paramref name="from"/> to <paramref name="to"/>.</summary>
    private static decimal Gain(DemoDataset data, DemoAccount account, DateOnly from, DateOnly to, decimal balanceAtFrom)
    {
        var start = Performance.Index(data, account, from);
        var end = Performance.Index(data, account, to);
        return (decimal)((double)balanceAtFrom * (end / start - 1.0));
    }
}
