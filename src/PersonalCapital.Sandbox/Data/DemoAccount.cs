namespace PersonalCapital.Sandbox.Data;

/// <summary>The part of the balance sheet an account counts toward (the <c>...AccountsTotal</c> fields of getAccounts).</summary>
public enum AccountBucket
{
    Cash,
    Investment,
    CreditCard,
    Mortgage,
    Loan,
    OtherAsset,
}

/// <summary>Which demo account this is; the generator and the endpoints use it to give each one its own habits and quirks.</summary>
public enum AccountRole
{
    Checking,
    Savings,
    RewardsCard,
    CashBackCard,
    Brokerage,
    Employer401K,
    RothIra,
    RolloverIra,
    Mortgage,
    AutoLoan,
    Home,
    Car,
    ClosedChecking,
}

/// <summary>One linked (or manual) account of the demo user.</summary>
public sealed class DemoAccount
{
    public required AccountRole Role { get; init; }
    public required AccountBucket Bucket { get; init; }
    public required long UserAccountId { get; init; }
    public required string AccountId { get; init; }

    /// <summary>The display name every other endpoint repeats as <c>accountName</c>.</summary>
    public required string Name { get; init; }

    public required string ShortName { get; init; }
    public required string OriginalName { get; init; }
    public required string FirmName { get; init; }
    public required string OriginalFirmName { get; init; }
    public required string ProductType { get; init; }
    public required int ProductId { get; init; }
    public required string AccountType { get; init; }

    /// <summary>Null is sent as JSON null, unless <see cref="OmitAccountTypeNew"/> drops the key altogether.</summary>
    public required string? AccountTypeNew { get; init; }

    public bool OmitAccountTypeNew { get; init; }
    public required string AccountTypeGroup { get; init; }

    /// <summary>Null means the key is absent.</summary>
    public string? AccountTypeSubtype { get; init; }

    public required int SiteId { get; init; }
    public bool IsManual { get; init; }

    /// <summary>First day the account has a balance; before it, histories show 0 (an account linked later).</summary>
    public required DateOnly OpenedOn { get; init; }

    public DateOnly? ClosedDate { get; init; }

    public bool IsLiability => Bucket is AccountBucket.CreditCard or AccountBucket.Mortgage or AccountBucket.Loan;

    public bool IsInvestment => Bucket == AccountBucket.Investment;

    /// <summary>Today's balance (the last of <see cref="DailyBalances"/>), always positive: for a liability it is the amount owed.</summary>
    public decimal Balance => DailyBalances[^1];

    /// <summary>Balance at the end of each day from the history start to Today (positive, like <see cref="Balance"/>).</summary>
    internal decimal[] DailyBalances { get; set; } = [];
}
