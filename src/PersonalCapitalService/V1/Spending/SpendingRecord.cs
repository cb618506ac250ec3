namespace PersonalCapitalService.V1.Spending;

/// <summary>One row of <c>/v1/spending</c>: the upstream's spending summary of the current month, week or year.</summary>
/// <param name="Interval">month, week or year.</param>
/// <param name="Average">Null when the upstream gives no average (it often does not for the year).</param>
public sealed record SpendingRecord(string Interval, decimal? Current, decimal? Average, decimal? Target);
