namespace PersonalCapitalService.V1.Balances;

/// <summary>One row of <c>/v1/balances</c>: one account's signed balance (liabilities negative) at the end of a day.</summary>
public sealed record BalanceRecord(DateOnly Date, long AccountId, string? AccountName, decimal Balance);
