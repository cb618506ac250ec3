namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// Market performance of an investment account, without contributions: its holdings' price series weighted by
/// today's values. Histories, performance histories and quotes all read it, so they tell the same story.
/// </summary>
internal static class Performance
{
    /// <summary>Value of Today's portfolio of <paramref name="accounts"/> at <paramref name="date"/>'s prices, relative to Today.</summary>
    public static double Index(DemoDataset data, IEnumerable<DemoAccount> accounts, DateOnly date)
    {
        double weighted = 0, total = 0;
        foreach (var holding in data.Holdings)
        {
            if (accounts.Contains(holding.Account))
            {
                weighted += (double)holding.Value * data.Market.RatioToToday(holding.Security.Series, date);
                total += (double)holding.Value;
            }
        }
        return total == 0 ? 1.0 : weighted / total;
    }

    public static double Index(DemoDataset data, DemoAccount account, DateOnly date) => Index(data, [account], date);

    /// <summary>Cumulative return in percent from <paramref name="from"/> to <paramref name="to"/>.</summary>
    public static double ReturnPercent(double indexFrom, double indexTo) => indexFrom == 0 ? 0 : (indexTo / indexFrom - 1.0) * 100.0;
}
