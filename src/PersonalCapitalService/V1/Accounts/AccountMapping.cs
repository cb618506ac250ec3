using PersonalCapital.Client.Models;

namespace PersonalCapitalService.V1.Accounts;

/// <summary>getAccounts2 account objects → <see cref="AccountRecord"/>.</summary>
public static class AccountMapping
{
    public static IReadOnlyList<AccountRecord> ToRecords(AccountList accounts) =>
        [.. accounts.Accounts.Where(a => a.UserAccountId is not null).Select(ToRecord)];

    public static AccountRecord ToRecord(Account account)
    {
        var group = AccountGroups.Of(account);
        var isAsset = IsAsset(account, group);
        var magnitude = Math.Abs(account.Balance ?? 0m);
        return new AccountRecord(
            account.UserAccountId ?? 0,
            account.Name ?? "",
            NullIfEmpty(account.FirmName),
            NullIfEmpty(account.AccountType) ?? NullIfEmpty(account.ProductType),
            group,
            isAsset,
            isAsset ? magnitude : -magnitude,
            NullIfEmpty(account.Currency),
            !string.IsNullOrEmpty(account.ClosedDate),
            account.LastRefreshed is { } refreshed ? WholeSecondsUtc(refreshed) : null);
    }

    /// <summary>The upstream's flags first (they are what its own totals use), the group when both are missing.</summary>
    public static bool IsAsset(Account account, string group) =>
        account.IsAsset ?? (account.IsLiability is { } liability ? !liability : !AccountGroups.IsLiabilityGroup(group));

    /// <summary>Whole seconds in UTC, so the JSON and the CSV spell the time the same way.</summary>
    public static DateTimeOffset WholeSecondsUtc(DateTimeOffset time)
    {
        var utc = time.ToUniversalTime();
        return new DateTimeOffset(utc.Ticks - (utc.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
    }

    public static string? NullIfEmpty(string? text) => string.IsNullOrEmpty(text) ? null : text;
}
