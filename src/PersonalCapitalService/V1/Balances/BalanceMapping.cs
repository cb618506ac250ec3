using PersonalCapital.Client.Models;
using PersonalCapitalService.V1.Accounts;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Balances;

/// <summary>getHistories <c>histories[].balances</c> → <see cref="BalanceRecord"/>, one per account and day, week or month.</summary>
public static class BalanceMapping
{
    /// <param name="accounts">Names and sides; an account the histories have but getAccounts2 omits keeps its upstream sign and no name.</param>
    /// <param name="accountId">Only this account, when set.</param>
    public static IReadOnlyList<BalanceRecord> ToRecords(
        Histories histories, IReadOnlyList<AccountRecord> accounts, HistoryInterval interval, long? accountId)
    {
        var byId = accounts.ToDictionary(a => a.Id);
        var order = accounts.Select((a, i) => (a.Id, i)).ToDictionary(p => p.Id, p => p.i);
        var daily = histories.Balances.Where(p => p.Date is not null).OrderBy(p => p.Date!.Value);
        var rows = new List<BalanceRecord>();
        foreach (var point in HistoryIntervals.LastOfEachPeriod(daily, p => p.Date!.Value, interval))
        {
            var balances = point.AccountBalances
                .Where(b => accountId is null || b.Key == accountId)
                .OrderBy(b => order.GetValueOrDefault(b.Key, int.MaxValue))
                .ThenBy(b => b.Key);
            foreach (var (id, balance) in balances)
            {
                var account = byId.GetValueOrDefault(id);
                rows.Add(new BalanceRecord(point.Date!.Value, id, account?.Name, Signed(balance, account)));
            }
        }
        return rows;
    }

    // Whether the upstream signs liabilities inside histories is not settled (upstream-protocol §6.4): the account's side decides.
    private static decimal Signed(decimal balance, AccountRecord? account) => account is null
        ? balance
        : account.IsAsset ? Math.Abs(balance) : -Math.Abs(balance);
}
