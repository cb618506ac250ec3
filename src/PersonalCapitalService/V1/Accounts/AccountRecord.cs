namespace PersonalCapitalService.V1.Accounts;

/// <summary>
/// One row of <c>/v1/accounts</c>. <paramref name="Balance"/> is signed (liabilities negative), so the balances add
/// up to the net worth.
/// </summary>
/// <param name="Id">The upstream's <c>userAccountId</c>, the key every other resource uses.</param>
/// <param name="Name">The name as Empower shows it (the one <c>account=</c> matches).</param>
/// <param name="Type">The upstream's account type label (Checking, Credit, 401K, IRA - Roth, Mortgage, …).</param>
/// <param name="Group">cash, credit, investment, retirement, loan, mortgage, other asset or other liability.</param>
public sealed record AccountRecord(
    long Id,
    string Name,
    string? Institution,
    string? Type,
    string Group,
    bool IsAsset,
    decimal Balance,
    string? Currency,
    bool Closed,
    DateTimeOffset? LastRefreshed);
