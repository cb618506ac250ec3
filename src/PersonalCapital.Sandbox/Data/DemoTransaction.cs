namespace PersonalCapital.Sandbox.Data;

/// <summary>An upstream <c>transactionType</c> with the numeric id the upstream pairs with it.</summary>
public sealed record TransactionTypeInfo(string Name, int Id);

/// <summary>The cash-flow flags of a row, exactly as the upstream sends them.</summary>
public readonly record struct RowFlags(bool IsCredit, bool IsCashIn, bool IsCashOut, bool IsIncome, bool IsSpending, bool IsInterest)
{
    public static RowFlags Purchase => new(false, false, true, false, true, false);

    /// <summary>The upstream quirk: a refund counts as spending and as cash in at once.</summary>
    public static RowFlags Refund => new(true, true, false, false, true, false);

    public static RowFlags Reimbursement => new(true, true, false, false, false, false);
    public static RowFlags Paycheck => new(true, true, false, true, false, false);
    public static RowFlags InterestEarned => new(true, true, false, true, false, true);
    public static RowFlags TransferOut => new(false, false, false, false, false, false);
    public static RowFlags TransferIn => new(true, false, false, false, false, false);
    public static RowFlags InterestCharged => new(false, false, false, false, false, true);
}

/// <summary>How <c>originalAmount</c> is sent: a copy of <c>amount</c>, the string "NaN", or not at all.</summary>
public enum OriginalAmountStyle
{
    SameAsAmount,
    NaN,
    Absent,
}

/// <summary>The security side of an investment row.</summary>
public sealed record InvestmentDetail(string Symbol, string Cusip, string HoldingType, decimal Quantity, decimal Price, string InvestmentType);

/// <summary>One row of <c>transaction/getUserTransactions</c>.</summary>
public sealed class DemoTransaction
{
    public long UserTransactionId { get; internal set; }
    public required DemoAccount Account { get; init; }
    public required DateOnly Date { get; init; }

    /// <summary>Always positive; the direction is in <see cref="Flags"/>.</summary>
    public required decimal Amount { get; init; }

    public required string Description { get; init; }
    public required string OriginalDescription { get; init; }

    /// <summary>Null on investment and loan-servicing rows, which carry no merchant fields.</summary>
    public string? Merchant { get; init; }

    public string MerchantType { get; init; } = "OTHERS";
    public required int CategoryId { get; init; }
    public required TransactionTypeInfo Type { get; init; }
    public string? SubType { get; init; }
    public required RowFlags Flags { get; init; }
    public bool IsPending { get; init; }
    public OriginalAmountStyle OriginalAmount { get; init; }
    public InvestmentDetail? Investment { get; init; }
    public IReadOnlyList<int> UserTags { get; init; } = [];
    public IReadOnlyList<int> SystemTags { get; init; } = [];

    /// <summary>Balance of the account after this row, for bank and card rows.</summary>
    public decimal? RunningBalance { get; internal set; }

    /// <summary>Generation order; breaks ties between rows of the same day before ids are assigned.</summary>
    internal int Sequence { get; set; }

    /// <summary>What this row adds to getUserSpending: an expense its amount, a refund (spending and cash in at once) minus it.</summary>
    internal decimal Spending => !Flags.IsSpending ? 0m : Flags.IsCashIn ? -Amount : Amount;

    /// <summary>What this row does to its account's ledger balance (positive = asset grows or debt grows).</summary>
    internal decimal LedgerEffect => Account.Bucket switch
    {
        AccountBucket.Cash => Flags.IsCredit ? Amount : -Amount,
        AccountBucket.CreditCard or AccountBucket.Mortgage or AccountBucket.Loan => Flags.IsCredit ? -Amount : Amount,
        _ => 0m,
    };
}
