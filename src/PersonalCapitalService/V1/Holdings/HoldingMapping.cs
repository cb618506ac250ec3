using PersonalCapital.Client.Models;
using PersonalCapitalService.V1.Accounts;

namespace PersonalCapitalService.V1.Holdings;

/// <summary>getHoldings positions → <see cref="HoldingRecord"/>.</summary>
public static class HoldingMapping
{
    public static HoldingRecord ToRecord(Holding holding) => new(
        holding.UserAccountId ?? 0,
        holding.AccountName,
        AccountMapping.NullIfEmpty(holding.Ticker),
        holding.Description,
        holding.Quantity,
        holding.Price,
        holding.Value,
        holding.CostBasis,
        PerShare(holding.CostBasis, holding.Quantity),
        AccountMapping.NullIfEmpty(holding.HoldingType));

    public static decimal? PerShare(decimal? total, decimal? quantity) =>
        total is { } t && quantity is { } q && q != 0m ? Math.Round(t / q, 4, MidpointRounding.AwayFromZero) : null;
}
