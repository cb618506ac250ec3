namespace PersonalCapitalService.V1.Holdings;

/// <summary>One row of <c>/v1/holdings</c>: a position in one account.</summary>
/// <param name="Ticker">Null for plan-only funds, which have none.</param>
/// <param name="CostBasisTotal">What the whole position cost; null when the upstream does not know (its "NaN").</param>
/// <param name="CostBasisPerShare">The total divided by the quantity (4 decimals); null when either is unknown or the quantity is 0.</param>
/// <param name="AssetClass">The upstream's holding type: Stock, ETF, Fund, Cash or Other.</param>
public sealed record HoldingRecord(
    long AccountId,
    string? AccountName,
    string? Ticker,
    string? Description,
    decimal? Quantity,
    decimal? Price,
    decimal? Value,
    decimal? CostBasisTotal,
    decimal? CostBasisPerShare,
    string? AssetClass);
