namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>How a route presents its rows (legacy-routes.md): with or without the ignore-list cleanup, bare array or wrapped.</summary>
internal sealed record TransactionView(bool Cleanup, bool Wrapped)
{
    /// <summary>Every field, bare array: <c>/trans/{numDays}</c>, <c>/trans/{start}/{end}</c>.</summary>
    public static readonly TransactionView Raw = new(Cleanup: false, Wrapped: false);

    /// <summary>Every field, wrapped: <c>/trans/{accountName}/{start}/{end}</c>.</summary>
    public static readonly TransactionView RawWrapped = new(Cleanup: false, Wrapped: true);

    /// <summary>Cleaned, bare array: <c>/trans/all/lastmonth</c>.</summary>
    public static readonly TransactionView CleanBare = new(Cleanup: true, Wrapped: false);

    /// <summary>Cleaned, wrapped: every other route.</summary>
    public static readonly TransactionView Clean = new(Cleanup: true, Wrapped: true);
}
