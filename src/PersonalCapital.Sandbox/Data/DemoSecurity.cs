namespace PersonalCapital.Sandbox.Data;

/// <summary>The simulated price series a security follows.</summary>
public enum MarketSeries
{
    Cash,
    StableValue,
    UsStocks,
    IntlStocks,
    UsBonds,
    IntlBonds,
    RealEstate,
    Commodities,
    Sp500,
    DowJones,
    Nasdaq,
}

/// <summary>One symbol of a look-through answer of <c>invest/getAssetClassification</c>.</summary>
public sealed record PortfolioComponent(string Symbol, decimal Percentage);

/// <summary>
/// How <c>invest/getAssetClassification</c> answers for a security: its own ticker, a look-through list, an empty list,
/// or no <c>portfolioComponents</c> key at all (the caller then falls back to "CASH").
/// </summary>
public enum ComponentsAnswer
{
    OwnTicker,
    LookThrough,
    EmptyList,
    Absent,
}

/// <summary>A fund or stock the demo user holds, with its place in the allocation and sector trees.</summary>
public sealed record DemoSecurity
{
    /// <summary>Empty for plan-only funds and uninvested cash.</summary>
    public required string Ticker { get; init; }

    public required string Cusip { get; init; }
    public required string Description { get; init; }
    public required string OriginalDescription { get; init; }

    /// <summary><c>Stock</c>, <c>ETF</c>, <c>Fund</c>, <c>Cash</c> or <c>Other</c>.</summary>
    public required string HoldingType { get; init; }

    /// <summary>The <c>type</c> field (<c>ETF</c>, <c>Mutual Fund</c>); null leaves it out.</summary>
    public string? FundType { get; init; }

    /// <summary>One of the seven boxes of the allocation tree.</summary>
    public required string AllocationBox { get; init; }

    /// <summary>Inner node under the box (e.g. "Large Cap Blend"); null puts the asset directly under the box.</summary>
    public string? AllocationSubclass { get; init; }

    public required string Sector { get; init; }
    public required MarketSeries Series { get; init; }

    /// <summary>Price on Today before the seed's small variation.</summary>
    public required decimal BasePrice { get; init; }

    /// <summary>Expense ratio in percent; null is sent as "NaN".</summary>
    public decimal? FundFees { get; init; }

    public string? Exchange { get; init; }
    public required string SourceAssetId { get; init; }
    public string PriceSource { get; init; } = "MARKET";
    public ComponentsAnswer Components { get; init; } = ComponentsAnswer.OwnTicker;
    public IReadOnlyList<PortfolioComponent> LookThrough { get; init; } = [];
}
