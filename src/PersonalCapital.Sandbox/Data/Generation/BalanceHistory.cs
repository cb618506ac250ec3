namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>
/// Fills every account's daily balances; the last is today's <see cref="DemoAccount.Balance"/>. Bank, card and loan
/// accounts replay their rows from the opening balance (so a balance moves exactly with the transactions); investment
/// accounts follow their holdings' price series plus a steady build-up of contributions; manual assets follow a yearly
/// appreciation rate, revalued monthly.
/// </summary>
internal static class BalanceHistory
{
    public static void Fill(IReadOnlyList<DemoAccount> accounts, IReadOnlyList<DemoTransaction> rowsByDate,
        IReadOnlyDictionary<DemoAccount, decimal> openingBalances, IReadOnlyList<DemoHolding> holdings, MarketModel market,
        int seed)
    {
        var start = market.Start;
        var today = market.End;
        var rowsByAccount = rowsByDate.GroupBy(r => r.Account).ToDictionary(g => g.Key, g => g.ToList());
        var random = DeterministicRandom.For(seed, "manual-assets");
        foreach (var account in accounts)
        {
            account.DailyBalances = account.Bucket switch
            {
                AccountBucket.Investment => Invested(account, holdings.Where(h => h.Account == account).ToList(), market),
                AccountBucket.OtherAsset => Appreciating(account, random, start, today),
                _ => Replayed(account, rowsByAccount.GetValueOrDefault(account) ?? [], openingBalances[account], start, today),
            };
        }
    }

    private static decimal[] Replayed(DemoAccount account, List<DemoTransaction> rows, decimal opening, DateOnly start, DateOnly today)
    {
        var daily = new decimal[today.DayNumber - start.DayNumber + 1];
        var tracksRunningBalance = account.Bucket is AccountBucket.Cash or AccountBucket.CreditCard;
        var balance = opening;
        var next = 0;
        for (var day = 0; day < daily.Length; day++)
        {
            var date = start.AddDays(day);
            while (next < rows.Count && rows[next].Date == date)
            {
                balance += rows[next].LedgerEffect;
                if (tracksRunningBalance)
                {
                    rows[next].RunningBalance = balance;
                }
                next++;
            }
            daily[day] = date < account.OpenedOn ? 0m : balance;
        }
        return daily;
    }

    private static decimal[] Invested(DemoAccount account, List<DemoHolding> holdings, MarketModel market)
    {
        var start = market.Start;
        var today = market.End;
        var span = Math.Max(1, today.DayNumber - start.DayNumber);
        var contributedShare = account.Role switch
        {
            AccountRole.Employer401K => 0.45,
            AccountRole.RothIra => 0.3,
            AccountRole.Brokerage => 0.25,
            _ => 0.05,
        };
        var daily = new decimal[span + 1];
        for (var day = 0; day <= span; day++)
        {
            var date = start.AddDays(day);
            var marketValue = holdings.Sum(h => (double)h.Value * market.RatioToToday(h.Security.Series, date));
            var buildUp = 1.0 - contributedShare * (span - day) / span;
            daily[day] = day == span ? holdings.Sum(h => h.Value) : Math.Round((decimal)(marketValue * buildUp), 2);
        }
        return daily;
    }

    private static decimal[] Appreciating(DemoAccount account, DeterministicRandom random, DateOnly start, DateOnly today)
    {
        var (valueToday, yearlyGrowth) = account.Role == AccountRole.Home
            ? (Math.Round(485_000m * random.Around(0.1m) / 100m) * 100m, 1.045)
            : (Math.Round(18_400m * random.Around(0.1m) / 50m) * 50m, 0.87);
        var daily = new decimal[today.DayNumber - start.DayNumber + 1];
        for (var day = 0; day < daily.Length; day++)
        {
            var date = start.AddDays(day);
            var revalued = new DateOnly(date.Year, date.Month, 1);
            var sameMonthAsToday = date.Year == today.Year && date.Month == today.Month;
            var yearsBefore = (today.DayNumber - revalued.DayNumber) / 365.25;
            daily[day] = sameMonthAsToday ? valueToday : Math.Round(valueToday / (decimal)Math.Pow(yearlyGrowth, yearsBefore), 2);
        }
        return daily;
    }
}
