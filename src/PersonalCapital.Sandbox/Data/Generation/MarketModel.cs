namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>
/// Daily levels of every simulated price series from the history start to Today: a correlated random walk that moves
/// on weekdays only, scaled so that Today's level is the series' quoted level. Prices, investment balances,
/// performance and quotes are all read from here, so they agree with each other.
/// </summary>
internal sealed class MarketModel
{
    private readonly double[][] _levels;

    private MarketModel(DateOnly start, DateOnly end, double[][] levels)
    {
        Start = start;
        End = end;
        _levels = levels;
    }

    public DateOnly Start { get; }
    public DateOnly End { get; }

    public static MarketModel Simulate(int seed, DateOnly start, DateOnly end)
    {
        var random = DeterministicRandom.For(seed, "market");
        var dayCount = end.DayNumber - start.DayNumber + 1;
        var series = Enum.GetValues<MarketSeries>();
        var walks = new double[series.Length][];
        foreach (var s in series)
        {
            walks[(int)s] = new double[dayCount];
            walks[(int)s][0] = 1.0;
        }

        for (var day = 1; day < dayCount; day++)
        {
            var isTradingDay = start.AddDays(day).DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);
            var common = random.NextGaussian();
            foreach (var s in series)
            {
                var walk = walks[(int)s];
                var (drift, volatility, correlation) = Dynamics(s);
                var own = random.NextGaussian();
                var step = s switch
                {
                    MarketSeries.Cash => 0.0,
                    MarketSeries.StableValue => drift / 365.0,
                    _ when !isTradingDay => 0.0,
                    _ => drift / 252.0 + volatility / Math.Sqrt(252.0) *
                         (correlation * common + Math.Sqrt(1 - correlation * correlation) * own),
                };
                walk[day] = walk[day - 1] * (1.0 + step);
            }
        }

        var levels = new double[series.Length][];
        foreach (var s in series)
        {
            var walk = walks[(int)s];
            var scale = TodayLevel(s) * (s is MarketSeries.Cash or MarketSeries.StableValue ? 1.0 : (double)random.Around(0.04m)) / walk[^1];
            levels[(int)s] = Array.ConvertAll(walk, w => w * scale);
        }
        return new MarketModel(start, end, levels);
    }

    public double Level(MarketSeries series, DateOnly date) => _levels[(int)series][Index(date)];

    /// <summary>Level on <paramref name="date"/> divided by Today's level: how a price of Today looked back then.</summary>
    public double RatioToToday(MarketSeries series, DateOnly date) => Level(series, date) / Level(series, End);

    /// <summary>Relative change from the day before; 0 on the first day and on weekends.</summary>
    public double OneDayChange(MarketSeries series, DateOnly date)
    {
        var index = Index(date);
        var levels = _levels[(int)series];
        return index == 0 ? 0.0 : levels[index] / levels[index - 1] - 1.0;
    }

    private int Index(DateOnly date) => Math.Clamp(date.DayNumber - Start.DayNumber, 0, End.DayNumber - Start.DayNumber);

    private static (double Drift, double Volatility, double Correlation) Dynamics(MarketSeries series) => series switch
    {
        MarketSeries.UsStocks => (0.09, 0.17, 0.9),
        MarketSeries.IntlStocks => (0.06, 0.16, 0.75),
        MarketSeries.UsBonds => (0.03, 0.05, 0.1),
        MarketSeries.IntlBonds => (0.025, 0.05, 0.1),
        MarketSeries.RealEstate => (0.06, 0.20, 0.6),
        MarketSeries.Commodities => (0.04, 0.15, 0.2),
        MarketSeries.Sp500 => (0.09, 0.16, 0.95),
        MarketSeries.DowJones => (0.08, 0.15, 0.9),
        MarketSeries.Nasdaq => (0.11, 0.21, 0.9),
        MarketSeries.StableValue => (0.025, 0.0, 0.0),
        _ => (0.0, 0.0, 0.0),
    };

    private static double TodayLevel(MarketSeries series) => series switch
    {
        MarketSeries.Sp500 => 5800.0,
        MarketSeries.DowJones => 42000.0,
        MarketSeries.Nasdaq => 18500.0,
        MarketSeries.Cash or MarketSeries.StableValue => 1.0,
        _ => 100.0,
    };
}
