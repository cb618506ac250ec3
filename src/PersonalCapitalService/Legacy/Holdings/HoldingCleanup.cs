using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Legacy.Holdings;

/// <summary>The original's holdings ignore list.</summary>
public static class HoldingCleanup
{
    public static IReadOnlySet<string> IgnoredKeys { get; } = new[]
    {
        "marketType", "status", "holdingType", "originalDescription", "manualClassification", "isMarketMover",
        "changeSortIndex", "oneDayValueChangeSortIndex", "oneDayPercentChangeSortIndex", "oneDayValueChange",
        "oneDayPercentChange", "source", "sourceAssetId", "feesPerYear", "external", "userAccountId",
        "priceSource", "valueSortIndex", "exchange", "originalCusip", "originalTicker", "tradingRatio",
        "fundFees", "taxCost",
    }.ToFrozenSet(StringComparer.Ordinal);

    public static void RemoveIgnoredKeys(JsonObject holding)
    {
        foreach (var key in IgnoredKeys)
        {
            holding.Remove(key);
        }
    }
}
