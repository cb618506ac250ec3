namespace PersonalCapitalService.V1.NetWorth;

/// <summary>
/// One row of <c>/v1/networth</c>: the totals at the end of <paramref name="Date"/>. Liabilities are negative, as in
/// <c>/v1/accounts</c>, so <paramref name="NetWorth"/> = <paramref name="Assets"/> + <paramref name="Liabilities"/>.
/// </summary>
public sealed record NetWorthRecord(DateOnly Date, decimal Assets, decimal Liabilities, decimal NetWorth);
