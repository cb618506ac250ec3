using System.Globalization;
using PersonalCapital.Client.Models;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.SimpleFin;

/// <summary>
/// Empower's accounts as SimpleFIN accounts, read through <see cref="IOwnerData"/>. One org, "Empower", for every
/// account (stable, whatever institutions are linked; the institution is in <c>extra.institution</c>). Account ids are
/// <c>userAccountId</c>s, names are made unique with the id's last digits, liabilities are negative, closed accounts are
/// left out. Transactions are dated, not timed, so <c>posted</c> is the date at 12:00 UTC (0 while pending) and the
/// window applies to that instant; amounts are positive for money in (<c>isCashIn</c>), negative otherwise.
/// </summary>
internal sealed class SimpleFinAccountReader(IOwnerData data, TimeProvider time)
{
    public const string OrgName = "Empower";
    public const string ConnectionId = "empower";

    private static readonly TimeSpan Noon = TimeSpan.FromHours(12);

    public async Task<IReadOnlyList<SimpleFinAccount>> ReadAsync(AccountsQuery query, SimpleFinUrls urls, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var accounts = (await data.GetAccountsAsync(cancellationToken)).Accounts
            .Where(a => a.UserAccountId is not null && string.IsNullOrEmpty(a.ClosedDate))
            .Where(a => query.AccountIds.Count == 0 || query.AccountIds.Contains(Id(a)))
            .ToList();
        var names = UniqueNames(accounts);
        var org = query.Version == 1 ? new SimpleFinOrg(urls.PublicBase.Host, OrgName, urls.Root) : null;
        var connection = query.Version == 1 ? null : ConnectionId;

        ILookup<long, SimpleFinTransaction>? transactions = null;
        ILookup<long, Holding>? holdings = null;
        if (!query.BalancesOnly && accounts.Count > 0)
        {
            transactions = await ReadTransactionsAsync(query, cancellationToken);
            holdings = (await data.GetHoldingsAsync(cancellationToken)).Holdings
                .Where(h => h.UserAccountId is not null)
                .ToLookup(h => h.UserAccountId!.Value);
        }

        return [.. accounts.Select(account =>
        {
            var id = account.UserAccountId!.Value;
            var balance = Money(account.IsLiability == true ? -Math.Abs(account.Balance ?? 0) : account.Balance ?? 0);
            var balanceDate = account.LastRefreshed ?? now;
            var held = holdings?[id].ToList();
            return new SimpleFinAccount(
                org,
                connection,
                Id(account),
                names[id],
                Currency(account.Currency),
                balance,
                balance,
                balanceDate.ToUnixTimeSeconds(),
                transactions is null ? null : [.. transactions[id]],
                held is { Count: > 0 } ? [.. held.Select((h, i) => ToHolding(h, i, account, balanceDate))] : null,
                new SimpleFinAccountExtra(account.FirmName, account.ProductType));
        })];
    }

    private async Task<ILookup<long, SimpleFinTransaction>> ReadTransactionsAsync(AccountsQuery query, CancellationToken cancellationToken)
    {
        var categories = (await data.GetCategoriesAsync(cancellationToken))
            .Where(c => c.TransactionCategoryId is not null)
            .GroupBy(c => c.TransactionCategoryId!.Value)
            .ToDictionary(g => g.Key, g => g.First().Name);
        // Dates whose noon can fall in the window, then the exact test on the instant.
        var first = DateOnly.FromDateTime(query.Start.UtcDateTime).AddDays(-1);
        var last = DateOnly.FromDateTime(query.End.UtcDateTime);
        var rows = new List<(long Account, SimpleFinTransaction Row)>();
        await foreach (var t in data.GetTransactionsAsync(first, last, cancellationToken))
        {
            if (t.UserAccountId is not { } account || t.UserTransactionId is not { } id || t.TransactionDate is not { } date)
            {
                continue;
            }
            var at = new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) + Noon;
            var pending = string.Equals(t.Status, "pending", StringComparison.OrdinalIgnoreCase);
            if (!query.Covers(at) || pending && !query.Pending)
            {
                continue;
            }
            var amount = Math.Abs(t.Amount ?? 0);
            var description = t.Description ?? t.SimpleDescription ?? "";
            rows.Add((account, new SimpleFinTransaction(
                id.ToString(CultureInfo.InvariantCulture),
                pending ? 0 : at.ToUnixTimeSeconds(),
                Money(t.IsCashIn == true ? amount : -amount),
                description,
                t.Merchant is { Length: > 0 } merchant ? merchant : t.SimpleDescription ?? description,
                t.Memo ?? "",
                at.ToUnixTimeSeconds(),
                pending,
                new SimpleFinTransactionExtra(t.CategoryId is { } c && categories.TryGetValue(c, out var name) ? name : null))));
        }
        return rows.ToLookup(r => r.Account, r => r.Row);
    }

    private static SimpleFinHolding ToHolding(Holding holding, int index, Account account, DateTimeOffset created)
    {
        var shares = holding.Quantity ?? 0;
        var cost = holding.CostBasis ?? 0;
        var symbol = holding.Ticker ?? "";
        return new SimpleFinHolding(
            $"{Id(account)}-{index + 1}-{holding.SourceAssetId ?? symbol}",
            created.ToUnixTimeSeconds(),
            Currency(account.Currency),
            Money(cost),
            holding.Description ?? symbol,
            Money(holding.Value ?? 0),
            Money(shares == 0 ? 0 : cost / shares),
            shares.ToString("0.########", CultureInfo.InvariantCulture),
            symbol);
    }

    /// <summary>Empower repeats names ("Checking"); SimpleFIN consumers match on them, so repeats get the id's last digits.</summary>
    private static Dictionary<long, string> UniqueNames(IReadOnlyList<Account> accounts)
    {
        var repeated = accounts.GroupBy(a => a.Name ?? "").Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        return accounts.ToDictionary(a => a.UserAccountId!.Value, a =>
        {
            var name = a.Name is { Length: > 0 } n ? n : a.FirmName ?? Id(a);
            return repeated.Contains(a.Name ?? "") ? $"{name} ({LastDigits(Id(a))})" : name;
        });
    }

    private static string Id(Account account) => account.UserAccountId!.Value.ToString(CultureInfo.InvariantCulture);

    private static string LastDigits(string id) => id.Length <= 4 ? id : id[^4..];

    private static string Currency(string? code) => code is { Length: 3 } ? code.ToUpperInvariant() : "USD";

    /// <summary>Exactly two decimals, never "-0.00".</summary>
    internal static string Money(decimal value)
    {
        var rounded = Math.Round(value, 2, MidpointRounding.AwayFromZero);
        return (rounded == 0 ? 0m : rounded).ToString("0.00", CultureInfo.InvariantCulture);
    }
}
