using PersonalCapital.Sandbox.Protocol;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// The date range, interval and accounts of a history-style request (getHistories, getPerformanceHistories,
/// getQuotes), clipped to the days that have data, with the dates of the points to report.
/// </summary>
internal sealed class HistoryRequest
{
    public required DateOnly From { get; init; }
    public required DateOnly To { get; init; }
    public required Interval Interval { get; init; }
    public required IReadOnlyList<DemoAccount> Accounts { get; init; }

    /// <summary>The last day of each period in range (the final point is the range end); empty when the range has no data.</summary>
    public required IReadOnlyList<DateOnly> Points { get; init; }

    /// <summary>The point a change at point <paramref name="index"/> is measured from: the previous point, or the day before the first period.</summary>
    public DateOnly PreviousOf(int index)
    {
        if (index > 0)
        {
            return Points[index - 1];
        }
        var periodStart = Periods.Start(Interval, Points[0]);
        return (periodStart > From ? periodStart : From).AddDays(-1);
    }

    /// <param name="defaultStart">Start when the request has none; the history start if null.</param>
    /// <param name="eligible">Which accounts this endpoint reports on at all.</param>
    public static bool TryRead(DemoDataset data, FormValues form, out HistoryRequest request, out DataResult? invalid,
        DateOnly? defaultStart = null, Func<DemoAccount, bool>? eligible = null)
    {
        request = null!;
        if (!RequestFields.TryReadDate(form, "startDate", out var start, out invalid) ||
            !RequestFields.TryReadDate(form, "endDate", out var end, out invalid) ||
            !RequestFields.TryReadInterval(form, Interval.Day, out var interval, out invalid))
        {
            return false;
        }
        var from = start ?? defaultStart ?? data.HistoryStart;
        var to = end ?? data.Today;
        if (from < data.HistoryStart)
        {
            from = data.HistoryStart;
        }
        if (to > data.Today)
        {
            to = data.Today;
        }
        var filter = RequestFields.AccountFilter(form);
        request = new HistoryRequest
        {
            From = from,
            To = to,
            Interval = interval,
            Accounts = [.. data.Accounts.Where(a => (eligible?.Invoke(a) ?? true) && (filter is null || filter.Contains(a.UserAccountId)))],
            Points = from <= to ? Periods.Points(interval, from, to) : [],
        };
        return true;
    }
}
