using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Protocol;
using static PersonalCapital.Sandbox.Data.Endpoints.JsonValues;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// <c>account/getHistories</c>: balances, daily changes, cash flows and net worth per day, week, month or year.
/// Which keys appear depends on <c>types</c>. Inside <c>balances</c> liabilities are negative (as in the fixture);
/// in the net-worth totals they are positive. On Today every figure equals getAccounts.
/// </summary>
internal static class HistoriesEndpoint
{
    private const string Annotation = "Accurate data unavailable for this day";

    public static DataResult Handle(DemoDataset data, FormValues form)
    {
        if (!HistoryRequest.TryRead(data, form, out var request, out var invalid))
        {
            return invalid!;
        }
        var types = form.GetList("types").Select(t => t.Trim().ToLowerInvariant()).ToHashSet();
        if (types.Count == 0)
        {
            types = ["balances", "networth"];
        }
        var balances = types.Contains("balances");
        var dailyChange = types.Contains("dailychangeamount");
        var cashflows = types.Contains("cashflows");

        var result = new JsonObject { ["intervalType"] = request.Interval.Name() };
        if (balances || dailyChange || cashflows)
        {
            result["histories"] = Histories(data, request, balances, dailyChange, cashflows);
        }
        if (types.Contains("networth"))
        {
            result["networthHistories"] = NetworthHistories(data, request);
            result["networthSummary"] = NetworthSummary(data, request);
        }
        result["accountSummaries"] = AccountSummaries.Build(data, request);
        if (types.Contains("onedaysummaries"))
        {
            var today = AccountsEndpoint.TotalsOn(data, request.Accounts, request.To).Networth;
            var yesterday = AccountsEndpoint.TotalsOn(data, request.Accounts, request.To.AddDays(-1)).Networth;
            result["oneDaySummaries"] = new JsonObject
            {
                ["aggregatedOneDayPercentageChange"] = Plain(PercentChange(today - yesterday, yesterday)),
                ["aggregatedOneDayValueChange"] = Money(today - yesterday),
            };
        }
        return DataResult.Ok(result);
    }

    private static JsonArray Histories(DemoDataset data, HistoryRequest request, bool balances, bool dailyChange, bool cashflows)
    {
        var histories = new JsonArray();
        for (var i = 0; i < request.Points.Count; i++)
        {
            var date = request.Points[i];
            var previous = request.PreviousOf(i);
            var entry = new JsonObject { ["date"] = Date(date) };
            if (balances)
            {
                var perAccount = new JsonObject();
                var aggregate = 0m;
                foreach (var account in request.Accounts)
                {
                    var balance = data.SignedBalanceOn(account, date);
                    aggregate += balance;
                    perAccount[Key(account)] = Money(balance);
                    if (account.Role == AccountRole.Employer401K && date.Day == 1 && date != data.Today)
                    {
                        perAccount[Key(account) + "Annotation"] = Annotation;
                    }
                }
                entry["aggregateBalance"] = Money(aggregate);
                entry["balances"] = perAccount;
            }
            if (dailyChange)
            {
                var perAccount = new JsonObject();
                var aggregate = 0m;
                foreach (var account in request.Accounts)
                {
                    var change = previous < data.HistoryStart
                        ? 0m
                        : data.SignedBalanceOn(account, date) - data.SignedBalanceOn(account, previous);
                    aggregate += change;
                    perAccount[Key(account)] = Money(change);
                }
                entry["aggregateDailyChangeAmount"] = Money(aggregate);
                entry["dailyChangeAmount"] = perAccount;
            }
            if (cashflows)
            {
                AddCashflows(data, request, entry, previous.AddDays(1), date);
            }
            histories.Add(entry);
        }
        return histories;
    }

    private static void AddCashflows(DemoDataset data, HistoryRequest request, JsonObject entry, DateOnly from, DateOnly to)
    {
        var sums = request.Accounts.ToDictionary(a => a, _ => new decimal[4]);
        var (first, last) = data.TransactionRange(from, to);
        for (var i = first; i < last; i++)
        {
            var row = data.Transactions[i];
            if (!sums.TryGetValue(row.Account, out var sum))
            {
                continue;
            }
            sum[0] += row.Flags.IsIncome ? row.Amount : 0m;
            sum[1] += row.Flags.IsCashIn ? row.Amount : 0m;
            sum[2] += row.Flags.IsSpending && !row.Flags.IsCashIn ? row.Amount : 0m;
            sum[3] += row.Flags.IsCashOut ? row.Amount : 0m;
        }
        var perAccount = new JsonObject();
        foreach (var account in request.Accounts)
        {
            var sum = sums[account];
            perAccount[Key(account)] = new JsonObject
            {
                ["income"] = Money(sum[0]),
                ["cashIn"] = Money(sum[1]),
                ["expense"] = Money(sum[2]),
                ["cashOut"] = Money(sum[3]),
            };
        }
        entry["cashflows"] = perAccount;
        entry["aggregateCashIn"] = Money(sums.Values.Sum(s => s[1]));
        entry["aggregateCashOut"] = Money(sums.Values.Sum(s => s[3]));
        entry["aggregateIncome"] = Money(sums.Values.Sum(s => s[0]));
        entry["aggregateExpense"] = Money(sums.Values.Sum(s => s[2]));
    }

    private static JsonArray NetworthHistories(DemoDataset data, HistoryRequest request)
    {
        var histories = new JsonArray();
        foreach (var date in request.Points)
        {
            var totals = AccountsEndpoint.TotalsOn(data, request.Accounts, date);
            var dayBefore = date.AddDays(-1);
            var previous = dayBefore < data.HistoryStart ? totals.Networth : AccountsEndpoint.TotalsOn(data, request.Accounts, dayBefore).Networth;
            histories.Add(new JsonObject
            {
                ["date"] = Date(date),
                ["networth"] = Money(totals.Networth),
                ["totalAssets"] = Money(totals.Assets),
                ["totalLiabilities"] = Money(totals.Liabilities),
                ["totalCash"] = Money(totals.Cash),
                ["totalInvestment"] = Money(totals.Investment),
                ["totalCredit"] = Money(totals.CreditCard),
                ["totalMortgage"] = Money(totals.Mortgage),
                ["totalLoan"] = Money(totals.Loan),
                ["totalOtherAssets"] = Money(totals.OtherAssets),
                ["totalOtherLiabilities"] = 0,
                ["totalEmpower"] = 0,
                ["oneDayNetworthChange"] = Money(totals.Networth - previous),
                ["oneDayNetworthPercentageChange"] = Plain(PercentChange(totals.Networth - previous, previous)),
            });
        }
        return histories;
    }

    /// <summary>Change from the first to the last point of the range, overall and per bucket.</summary>
    private static JsonObject NetworthSummary(DemoDataset data, HistoryRequest request)
    {
        var first = request.Points.Count > 0 ? request.Points[0] : request.To;
        var start = AccountsEndpoint.TotalsOn(data, request.Accounts, first);
        // The last point is always the range end (HistoryRequest.Points).
        var end = AccountsEndpoint.TotalsOn(data, request.Accounts, request.To);
        var summary = new JsonObject();
        void Add(string bucket, decimal from, decimal to)
        {
            summary[$"dateRange{bucket}Change"] = Money(to - from);
            summary[$"dateRange{bucket}PercentageChange"] = Plain(PercentChange(to - from, from));
        }
        Add("", start.Networth, end.Networth);
        Add("Cash", start.Cash, end.Cash);
        Add("Investment", start.Investment, end.Investment);
        Add("Credit", start.CreditCard, end.CreditCard);
        Add("Mortgage", start.Mortgage, end.Mortgage);
        Add("Loan", start.Loan, end.Loan);
        Add("OtherAssets", start.OtherAssets, end.OtherAssets);
        Add("OtherLiabilities", 0m, 0m);
        return summary;
    }

    private static string Key(DemoAccount account) => account.UserAccountId.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
