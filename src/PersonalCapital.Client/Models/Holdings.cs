using System.Text.Json.Nodes;

namespace PersonalCapital.Client.Models;

/// <summary><c>invest/getHoldings</c> <c>spData</c> (§6.3).</summary>
public sealed class HoldingList(JsonObject json) : UpstreamObject(json)
{
    public decimal? HoldingsTotalValue => Decimal("holdingsTotalValue");

    public IReadOnlyList<Holding> Holdings => List("holdings", o => new Holding(o));

    /// <summary>One tree per classification style asked for; empty for "none".</summary>
    public IReadOnlyList<Classification> Classifications => List("classifications", o => new Classification(o));
}

public sealed class Holding(JsonObject json) : UpstreamObject(json)
{
    public long? UserAccountId => Long("userAccountId");

    public string? AccountName => String("accountName");

    /// <summary>Empty for plan-only funds.</summary>
    public string? Ticker => String("ticker");

    public string? Description => String("description");

    public decimal? Quantity => Decimal("quantity");

    public decimal? Price => Decimal("price");

    public decimal? Value => Decimal("value");

    /// <summary>The total cost of the position; "NaN" upstream when unknown.</summary>
    public decimal? CostBasis => Decimal("costBasis");

    /// <summary>Stock, ETF, Fund, Cash, Other.</summary>
    public string? HoldingType => String("holdingType");

    public string? SourceAssetId => String("sourceAssetId");
}

/// <summary>A node of a classification tree (e.g. allocationSevenBox → U.S. Stocks → Large Cap Blend).</summary>
public sealed class Classification(JsonObject json) : UpstreamObject(json)
{
    public string? Name => String("classificationTypeName");

    public decimal? Value => Decimal("value");

    /// <summary>Percent (0–100) of the total market value.</summary>
    public decimal? PercentOfTmv => Decimal("percentOfTMV");

    public IReadOnlyList<Classification> Children => List("classifications", o => new Classification(o));
}

/// <summary><c>invest/getAssetClassification</c> <c>spData</c>.</summary>
public sealed class AssetClassification(JsonObject json) : UpstreamObject(json)
{
    public IReadOnlyList<PortfolioComponent> PortfolioComponents => List("portfolioComponents", o => new PortfolioComponent(o));
}

public sealed class PortfolioComponent(JsonObject json) : UpstreamObject(json)
{
    public string? Symbol => String("symbol");

    public decimal? Percentage => Decimal("percentage");
}
