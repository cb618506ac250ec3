namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>
/// What each investment account holds. Covers every allocation box, inner nodes on some boxes, and the plan-only
/// funds without a ticker whose look-through answer is a symbol, an empty list, or nothing.
/// </summary>
internal static class HoldingCatalog
{
    private const string UsStocks = "U.S. Stocks";
    private const string IntlStocks = "Intl Stocks";
    private const string UsBonds = "U.S. Bonds";
    private const string IntlBonds = "Intl Bonds";
    private const string Alternatives = "Alternatives";
    private const string Cash = "Cash";
    private const string Unclassified = "Unclassified";

    private const string Technology = "Technology";
    private const string Diversified = "Diversified";
    private const string FixedIncome = "Fixed Income";
    private const string RealEstate = "Real Estate";
    private const string Commodities = "Commodities";

    /// <summary>The seven boxes of the allocation tree, in the upstream's order.</summary>
    public static IReadOnlyList<string> AllocationBoxes { get; } = [Cash, IntlBonds, UsBonds, IntlStocks, UsStocks, Alternatives, Unclassified];

    /// <summary>
    /// Every sector a position below names, in the order of the sector tree. Cash and Unclassified are sectors as well
    /// as allocation boxes. A sector missing here would drop out of the tree.
    /// </summary>
    public static IReadOnlyList<string> Sectors { get; } = [Technology, Diversified, FixedIncome, RealEstate, Commodities, Cash, Unclassified];

    private static DemoSecurity Etf(string ticker, string cusip, string description, string box, string? subclass, string sector,
        MarketSeries series, decimal price, decimal fees, string exchange = "NYSE ARCA") => new()
        {
            Ticker = ticker,
            Cusip = cusip,
            Description = description,
            OriginalDescription = description.ToUpperInvariant(),
            HoldingType = "ETF",
            FundType = "ETF",
            AllocationBox = box,
            AllocationSubclass = subclass,
            Sector = sector,
            Series = series,
            BasePrice = price,
            FundFees = fees,
            Exchange = exchange,
            SourceAssetId = ticker,
        };

    private static DemoSecurity MutualFund(string ticker, string cusip, string description, string box, string? subclass, string sector,
        MarketSeries series, decimal price, decimal fees) =>
        Etf(ticker, cusip, description, box, subclass, sector, series, price, fees, "NASDAQ") with { HoldingType = "Fund", FundType = "Mutual Fund" };

    private static DemoSecurity Stock(string ticker, string cusip, string description, string subclass, decimal price, MarketSeries series = MarketSeries.UsStocks) =>
        Etf(ticker, cusip, description, UsStocks, subclass, Technology, series, price, 0m, "NASDAQ") with { HoldingType = "Stock", FundType = null };

    public static IReadOnlyList<(AccountRole Role, DemoSecurity Security, decimal TargetValue)> Positions { get; } =
    [
        (AccountRole.Brokerage, Etf("VTI", "922908769", "Vanguard Total Stock Market ETF", UsStocks, "Large Cap Blend", Diversified, MarketSeries.UsStocks, 285m, 0.03m), 42_000m),
        (AccountRole.Brokerage, Stock("AAPL", "037833100", "Apple Inc.", "Large Cap Growth", 225m), 18_000m),
        (AccountRole.Brokerage, Etf("VXUS", "921909768", "Vanguard Total International Stock ETF", IntlStocks, "Developed Markets", Diversified, MarketSeries.IntlStocks, 62m, 0.08m, "NASDAQ"), 15_000m),
        (AccountRole.Brokerage, Etf("BND", "921937835", "Vanguard Total Bond Market ETF", UsBonds, null, FixedIncome, MarketSeries.UsBonds, 73m, 0.03m, "NASDAQ"), 9_000m),
        (AccountRole.Brokerage, Etf("VNQ", "922908553", "Vanguard Real Estate ETF", Alternatives, "Real Estate", RealEstate, MarketSeries.RealEstate, 90m, 0.13m), 5_000m),
        (AccountRole.Brokerage, new DemoSecurity
        {
            Ticker = "", Cusip = "", Description = "Cash", OriginalDescription = "CASH", HoldingType = "Cash",
            AllocationBox = Cash, Sector = Cash, Series = MarketSeries.Cash, BasePrice = 1m, FundFees = 0m,
            SourceAssetId = "USER_CASH_5520", PriceSource = "USER", Components = ComponentsAnswer.EmptyList,
        }, 1_500m),

        (AccountRole.Employer401K, MutualFund("VTSAX", "922908728", "Vanguard Total Stock Market Index Fund Admiral", UsStocks, "Large Cap Blend", Diversified, MarketSeries.UsStocks, 142m, 0.04m), 70_000m),
        (AccountRole.Employer401K, MutualFund("VTIAX", "921909818", "Vanguard Total International Stock Index Fund Admiral", IntlStocks, "Developed Markets", Diversified, MarketSeries.IntlStocks, 34m, 0.12m), 22_000m),
        (AccountRole.Employer401K, MutualFund("VBTLX", "921937603", "Vanguard Total Bond Market Index Fund Admiral", UsBonds, null, FixedIncome, MarketSeries.UsBonds, 9.8m, 0.05m), 14_000m),
        (AccountRole.Employer401K, new DemoSecurity
        {
            Ticker = "", Cusip = "", Description = "Target Retirement 2050 Trust (plan-only)", OriginalDescription = "TARGET RETIREMENT 2050 TRUST II",
            HoldingType = "Fund", AllocationBox = Unclassified, Sector = Unclassified, Series = MarketSeries.UsStocks,
            BasePrice = 58.4m, FundFees = 0.075m, SourceAssetId = "YODLEE_DESCR_TARGET_RETIREMENT_2050_TRUST",
            PriceSource = "PARTNER", Components = ComponentsAnswer.LookThrough,
            LookThrough = [new("VTI", 54m), new("VXUS", 36m), new("BND", 10m)],
        }, 25_000m),
        (AccountRole.Employer401K, new DemoSecurity
        {
            Ticker = "", Cusip = "", Description = "Stable Value Fund (plan-only)", OriginalDescription = "STABLE VALUE FUND",
            HoldingType = "Other", AllocationBox = Unclassified, Sector = Unclassified, Series = MarketSeries.StableValue,
            BasePrice = 12.2m, FundFees = null, SourceAssetId = "YODLEE_DESCR_STABLE_VALUE_FUND", PriceSource = "PARTNER",
            Components = ComponentsAnswer.Absent,
        }, 20_000m),

        (AccountRole.RothIra, Etf("VOO", "922908363", "Vanguard S&P 500 ETF", UsStocks, "Large Cap Blend", Diversified, MarketSeries.Sp500, 530m, 0.03m), 24_000m),
        (AccountRole.RothIra, Etf("QQQ", "46090E103", "Invesco QQQ Trust", UsStocks, "Large Cap Growth", Technology, MarketSeries.Nasdaq, 480m, 0.20m, "NASDAQ"), 12_000m),
        (AccountRole.RothIra, Etf("SCHD", "808524797", "Schwab U.S. Dividend Equity ETF", UsStocks, "Large Cap Value", Diversified, MarketSeries.UsStocks, 27.5m, 0.06m), 8_000m),
        (AccountRole.RothIra, Etf("VWO", "922042858", "Vanguard FTSE Emerging Markets ETF", IntlStocks, "Emerging Markets", Diversified, MarketSeries.IntlStocks, 45m, 0.08m), 5_000m),
        (AccountRole.RothIra, Etf("GLD", "78463V107", "SPDR Gold Shares", Alternatives, "Commodities", Commodities, MarketSeries.Commodities, 245m, 0.40m), 3_000m),

        (AccountRole.RolloverIra, MutualFund("VFIAX", "922908710", "Vanguard 500 Index Fund Admiral", UsStocks, "Large Cap Blend", Diversified, MarketSeries.Sp500, 520m, 0.04m), 30_000m),
        (AccountRole.RolloverIra, Etf("BNDX", "92203J407", "Vanguard Total International Bond ETF", IntlBonds, null, FixedIncome, MarketSeries.IntlBonds, 49m, 0.07m, "NASDAQ"), 8_000m),
        (AccountRole.RolloverIra, MutualFund("VMFXX", "922906300", "Vanguard Federal Money Market Fund", Cash, null, Cash, MarketSeries.Cash, 1m, 0.11m), 4_000m),
        (AccountRole.RolloverIra, MutualFund("VGSLX", "921908877", "Vanguard Real Estate Index Fund Admiral", Alternatives, "Real Estate", RealEstate, MarketSeries.RealEstate, 128m, 0.13m), 6_000m),
        (AccountRole.RolloverIra, Stock("MSFT", "594918104", "Microsoft Corporation", "Large Cap Growth", 415m), 9_000m),
    ];

    /// <summary>Today's positions, with quantities and prices varied by the seed.</summary>
    public static List<DemoHolding> Create(int seed, IReadOnlyList<DemoAccount> accounts, MarketModel market)
    {
        var random = DeterministicRandom.For(seed, "holdings");
        var holdings = new List<DemoHolding>();
        foreach (var (role, security, target) in Positions)
        {
            var account = accounts.Single(a => a.Role == role);
            var fixedPrice = security.Series is MarketSeries.Cash;
            var price = fixedPrice ? security.BasePrice : Math.Round(security.BasePrice * random.Around(0.08m), 2);
            var quantity = Math.Round(target * random.Around(0.35m) / price, fixedPrice ? 2 : 4);
            var value = Math.Round(quantity * price, 2);
            decimal? costBasis = security.Components switch
            {
                ComponentsAnswer.LookThrough => null,
                _ when security.Series == MarketSeries.Cash => value,
                _ => Math.Round(value * (0.7m + 0.25m * (decimal)random.NextDouble()), 2),
            };
            holdings.Add(new DemoHolding
            {
                Account = account,
                Security = security,
                Quantity = quantity,
                Price = price,
                Value = value,
                CostBasis = costBasis,
                OneDayPercentChange = market.OneDayChange(security.Series, market.End) * 100.0,
            });
        }
        return holdings;
    }
}
