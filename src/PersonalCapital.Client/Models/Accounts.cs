using System.Text.Json.Nodes;

namespace PersonalCapital.Client.Models;

/// <summary><c>newaccount/getAccounts</c> or <c>getAccounts2</c> <c>spData</c>: totals and accounts (§6.1).</summary>
public sealed class AccountList(JsonObject json) : UpstreamObject(json)
{
    public decimal? Networth => Decimal("networth");

    public decimal? Assets => Decimal("assets");

    /// <summary>Positive: networth = assets − liabilities.</summary>
    public decimal? Liabilities => Decimal("liabilities");

    public IReadOnlyList<Account> Accounts => List("accounts", o => new Account(o));
}

/// <summary>One linked account.</summary>
public sealed class Account(JsonObject json) : UpstreamObject(json)
{
    public long? UserAccountId => Long("userAccountId");

    public string? AccountId => String("accountId");

    /// <summary>Display name, often "… - Ending in 1234"; may contain en dashes and ®.</summary>
    public string? Name => String("name");

    public string? FirmName => String("firmName");

    /// <summary>BANK, CREDIT_CARD, INVESTMENT, LOAN, MORTGAGE, OTHER_ASSETS, …</summary>
    public string? ProductType => String("productType");

    public string? AccountType => String("accountType");

    public string? AccountTypeNew => String("accountTypeNew");

    public string? AccountTypeSubtype => String("accountTypeSubtype");

    /// <summary>"", BANK, CREDIT_CARD, RETIREMENT, INVESTMENT, MORTGAGE, EDUCATIONAL, …</summary>
    public string? AccountTypeGroup => String("accountTypeGroup");

    /// <summary>"USD", or "" when the upstream does not say.</summary>
    public string? Currency => String("currency");

    /// <summary>When the upstream last refreshed the account (epoch milliseconds upstream).</summary>
    public DateTimeOffset? LastRefreshed => Long("lastRefreshed") is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;

    public decimal? Balance => Decimal("balance");

    /// <summary>A number or a numeric string upstream.</summary>
    public decimal? CreditLimit => Decimal("creditLimit");

    public bool? IsAsset => Bool("isAsset");

    public bool? IsLiability => Bool("isLiability");

    public bool? IsManual => Bool("isManual");

    /// <summary>Empty while the account is open.</summary>
    public string? ClosedDate => String("closedDate");
}
