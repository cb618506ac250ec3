using System.Collections.Concurrent;
using PersonalCapital.Sandbox.Data.Generation;

namespace PersonalCapital.Sandbox.Data;

/// <summary>
/// The demo user's whole financial life, generated once from <see cref="DemoDataOptions"/> and then only read:
/// accounts, transactions (oldest first), categories, tags, holdings, and the daily market and balance histories the
/// data endpoints slice.
/// </summary>
public sealed class DemoDataset
{
    // Generating years of data takes a moment; sandboxes (and tests) asking for the same options in one process share it.
    private static readonly ConcurrentDictionary<DemoDataOptions, Lazy<DemoDataset>> Shared = new();

    private readonly DateOnly[] _transactionDates;
    private readonly Lazy<decimal[]> _dailySpending;

    private DemoDataset(DemoDataOptions options, DateOnly historyStart, IReadOnlyList<DemoAccount> accounts,
        IReadOnlyList<DemoTransaction> transactions, IReadOnlyList<DemoHolding> holdings, MarketModel market,
        LoanSchedule mortgage, LoanSchedule autoLoan)
    {
        Options = options;
        HistoryStart = historyStart;
        Accounts = accounts;
        Transactions = transactions;
        Holdings = holdings;
        Market = market;
        Mortgage = mortgage;
        AutoLoan = autoLoan;
        _transactionDates = [.. transactions.Select(t => t.Date)];
        _dailySpending = new(SumSpendingByDay);
    }

    public DemoDataOptions Options { get; }

    public DateOnly Today => Options.Today;

    /// <summary>The 1st of Today's month, <see cref="DemoDataOptions.Years"/> years back: the first day with data.</summary>
    public DateOnly HistoryStart { get; }

    public IReadOnlyList<DemoAccount> Accounts { get; }

    /// <summary>Sorted by date, then by <see cref="DemoTransaction.UserTransactionId"/> (ids grow with time).</summary>
    public IReadOnlyList<DemoTransaction> Transactions { get; }

    public int TransactionCount => Transactions.Count;

    public IReadOnlyList<DemoCategory> Categories => CategoryCatalog.All;

    public IReadOnlyList<DemoTag> Tags => CategoryCatalog.Tags;

    public IReadOnlyList<DemoHolding> Holdings { get; }

    internal MarketModel Market { get; }

    internal LoanSchedule Mortgage { get; }

    internal LoanSchedule AutoLoan { get; }

    /// <summary>
    /// <see cref="DemoTransaction.Spending"/> summed per day, index 0 being <see cref="HistoryStart"/>. getUserSpending
    /// reads it on every call, so it is summed once, on first use.
    /// </summary>
    internal IReadOnlyList<decimal> DailySpending => _dailySpending.Value;

    public static DemoDataset Generate(DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var today = options.Today;
        var historyStart = new DateOnly(today.Year - options.Years, today.Month, 1);

        var market = MarketModel.Simulate(options.Seed, historyStart, today);
        var accounts = AccountCatalog.Create(historyStart, today);
        var holdings = HoldingCatalog.Create(options.Seed, accounts, market);
        var generator = new TransactionGenerator(options, historyStart, accounts, holdings, market);
        var rows = generator.Generate();

        rows.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : a.Sequence.CompareTo(b.Sequence));
        for (var i = 0; i < rows.Count; i++)
        {
            rows[i].UserTransactionId = FirstTransactionId + i;
        }
        BalanceHistory.Fill(accounts, rows, generator.OpeningBalances, holdings, market, options.Seed);
        return new DemoDataset(options, historyStart, accounts, rows, holdings, market, generator.Mortgage, generator.AutoLoan);
    }

    /// <summary>
    /// The one dataset of the process for <paramref name="options"/>, generated on first request. Unlike
    /// <see cref="Generate"/>, repeated calls return the same instance (safe, as a dataset is only read).
    /// </summary>
    internal static DemoDataset GetOrGenerate(DemoDataOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        // Checked before the cache, so a refused request leaves no failed entry behind.
        options.Validate();
        return Shared.GetOrAdd(options, static key => new Lazy<DemoDataset>(() => Generate(key))).Value;
    }

    private const long FirstTransactionId = 7_001_000_000;

    /// <summary>End-of-day balance (positive; owed amount for liabilities); 0 before the history or the account's opening.</summary>
    public decimal BalanceOn(DemoAccount account, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(account);
        if (date < HistoryStart)
        {
            return 0m;
        }
        return account.DailyBalances[Math.Min(date.DayNumber, Today.DayNumber) - HistoryStart.DayNumber];
    }

    /// <summary>The balance as getHistories shows it: liabilities negative.</summary>
    public decimal SignedBalanceOn(DemoAccount account, DateOnly date) =>
        account.IsLiability ? -BalanceOn(account, date) : BalanceOn(account, date);

    private decimal[] SumSpendingByDay()
    {
        var daily = new decimal[Today.DayNumber - HistoryStart.DayNumber + 1];
        foreach (var row in Transactions)
        {
            daily[row.Date.DayNumber - HistoryStart.DayNumber] += row.Spending;
        }
        return daily;
    }

    /// <summary>Index range [from, to) of the transactions dated within [start, end].</summary>
    internal (int From, int To) TransactionRange(DateOnly start, DateOnly end)
    {
        if (start > end)
        {
            return (0, 0);
        }
        return (LowerBound(start), end >= Today ? _transactionDates.Length : LowerBound(end.AddDays(1)));
    }

    private int LowerBound(DateOnly date)
    {
        int low = 0, high = _transactionDates.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (_transactionDates[mid] < date)
            {
                low = mid + 1;
            }
            else
            {
                high = mid;
            }
        }
        return low;
    }
}
