using System.Globalization;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.V1.Accounts;
using PersonalCapitalService.V1.Holdings;
using PersonalCapitalService.V1.Transactions;

namespace PersonalCapitalService.SimpleFin;

/// <summary>
/// Empower's accounts as SimpleFIN accounts, read through <see cref="IOwnerData"/> and mapped by the v1 mappings, so
/// signs, groups and names are the same as on <c>/v1</c>. One org, "Empower", for every account (stable, whatever
/// institutions are linked; the institution is in <c>extra.institution</c>). Account ids are <c>userAccountId</c>s,
/// names are made unique with the id's last digits, liabilities are negative, closed accounts are left out.
/// Transactions are dated, not timed, so <c>posted</c> is the date at 12:00 UTC (0 while pending) and the window
/// applies to that instant; amounts are positive for money in.
/// </summary>
internal sealed class SimpleFinAccountReader(IOwnerData data, TimeProvider time)
{
    public const string OrgName = "Empower";
    public const string ConnectionId = "empower";

    private static readonly TimeSpan Noon = TimeSpan.FromHours(12);

    public async Task<IReadOnlyList<SimpleFinAccount>> ReadAsync(AccountsQuery query, SimpleFinUrls urls, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var accounts = AccountMapping.ToRecords(await data.GetAccountsAsync(cancellationToken))
            .Where(a => !a.Closed)
            .Where(a => query.AccountIds.Count == 0 || query.AccountIds.Contains(Id(a.Id)))
            .ToList();
        var names = UniqueNames(accounts);
        var org = query.Version == 1 ? new SimpleFinOrg(urls.PublicBase.Host, OrgName, urls.Root) : null;
        var connection = query.Version == 1 ? null : ConnectionId;

        ILookup<long, SimpleFinTransaction>? transactions = null;
        ILookup<long, HoldingRecord>? holdings = null;
        if (!query.BalancesOnly && accounts.Count > 0)
        {
            transactions = await ReadTransactionsAsync(query, cancellationToken);
            holdings = (await data.GetHoldingsAsync(cancellationToken)).Holdings
                .Where(h => h.UserAccountId is not null)
                .Select(HoldingMapping.ToRecord)
                .ToLookup(h => h.AccountId);
        }

        return [.. accounts.Select(account =>
        {
            var balance = Money(account.Balance);
            var balanceDate = account.LastRefreshed ?? now;
            var currency = Currency(account.Currency);
            var held = holdings?[account.Id].ToList();
            return new SimpleFinAccount(
                org,
                connection,
                Id(account.Id),
                names[account.Id],
                currency,
                balance,
                balance,
                balanceDate.ToUnixTimeSeconds(),
                transactions is null ? null : [.. transactions[account.Id]],
                held is { Count: > 0 } ? [.. held.Select((h, i) => ToHolding(h, i, currency, balanceDate))] : null,
                new SimpleFinAccountExtra(account.Institution, account.Type));
        })];
    }

    private async Task<ILookup<long, SimpleFinTransaction>> ReadTransactionsAsync(AccountsQuery query, CancellationToken cancellationToken)
    {
        var categories = TransactionMapping.ById(await data.GetCategoriesAsync(cancellationToken));
        // Dates whose noon can fall in the window, then the exact test on the instant.
        var first = DateOnly.FromDateTime(query.Start.UtcDateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(query.End.UtcDateTime);
        var rows = new List<(long Account, SimpleFinTransaction Row)>();
        await foreach (var row in data.GetTransactionsAsync(first, last, cancellationToken))
        {
            if (row.UserAccountId is null || row.UserTransactionId is null || row.TransactionDate is null)
            {
                continue;
            }
            var t = TransactionMapping.ToRecord(row, categories);
            var at = new DateTimeOffset(t.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + Noon;
            if (!query.Covers(at) || t.Pending && !query.Pending)
            {
                continue;
            }
            var description = t.Description ?? row.SimpleDescription ?? "";
            rows.Add((t.AccountId, new SimpleFinTransaction(
                Id(t.Id),
                t.Pending ? 0 : at.ToUnixTimeSeconds(),
                Money(t.Amount),
                description,
                t.Merchant ?? row.SimpleDescription ?? description,
                row.Memo ?? "",
                at.ToUnixTimeSeconds(),
                t.Pending,
                new SimpleFinTransactionExtra(t.CategoryName))));
        }
        return rows.ToLookup(r => r.Account, r => r.Row);
    }

    private static SimpleFinHolding ToHolding(HoldingRecord holding, int index, string currency, DateTimeOffset created)
    {
        var symbol = holding.Ticker ?? "";
        return new SimpleFinHolding(
            $"{Id(holding.AccountId)}-{index + 1}{(symbol.Length > 0 ? "-" + symbol : "")}",
            created.ToUnixTimeSeconds(),
            currency,
            Money(holding.CostBasisTotal ?? 0),
            holding.Description ?? symbol,
            Money(holding.Value ?? 0),
            Money(holding.CostBasisPerShare ?? 0),
            (holding.Quantity ?? 0).ToString("0.########", CultureInfo.InvariantCulture),
            symbol);
    }

    /// <summary>Empower repeats names ("Checking"); SimpleFIN consumers match on them, so repeats get the id's last digits.</summary>
    private static Dictionary<long, string> UniqueNames(IReadOnlyList<AccountRecord> accounts)
    {
        var repeated = accounts.GroupBy(a => a.Name).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return accounts.ToDictionary(a => a.Id, a =>
        {
            var name = a.Name.Length > 0 ? a.Name : a.Institution ?? Id(a.Id);
            return repeated.Contains(a.Name) ? $"{name} ({LastDigits(Id(a.Id))})" : name;
        });
    }

    private static string Id(long id) => id.ToString(CultureInfo.InvariantCulture);

    private static string LastDigits(string id) => id.Length <= 4 ? id : id[^4..];

    private static string Currency(string? code) => code is { Length: 3 } ? code.ToUpperInvariant() : "USD";

    /// <summary>Exactly two decimals, never "-0.00".</summary>
    internal static string Money(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0m : rounded).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
