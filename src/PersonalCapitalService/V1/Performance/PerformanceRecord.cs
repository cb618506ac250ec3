namespace PersonalCapitalService.V1.Performance;

/// <summary>
/// One row of <c>/v1/performance</c>: the cumulative market return, in percent, of one series from the start of the
/// range to <paramref name="Date"/>.
/// </summary>
/// <param name="Series">account, portfolio (all investment accounts together) or benchmark.</param>
/// <param name="AccountId">Set for <c>account</c> rows only.</param>
/// <param name="Name">The account's name, <c>portfolio</c>, or the benchmark's symbol (^INX, ^PC_BLENDED, …).</param>
public sealed record PerformanceRecord(DateOnly Date, string Series, long? AccountId, string Name, decimal? ReturnPercent);
