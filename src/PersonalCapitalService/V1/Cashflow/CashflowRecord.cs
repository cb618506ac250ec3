namespace PersonalCapitalService.V1.Cashflow;

/// <summary>
/// One row of <c>/v1/cashflow</c>: income, spending (refunds subtracted) and their difference, per calendar month
/// (<c>by=month</c>, <paramref name="Month"/> is <c>yyyy-MM</c> and the category fields are null) or per category over
/// the whole range (<c>by=category</c>, <paramref name="Month"/> is null).
/// </summary>
public sealed record CashflowRecord(string? Month, long? CategoryId, string? CategoryName, decimal Income, decimal Spending, decimal Net);
