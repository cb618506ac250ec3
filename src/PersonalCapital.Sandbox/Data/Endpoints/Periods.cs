namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>Calendar periods (weeks run Sunday to Saturday, as in the US web app).</summary>
internal static class Periods
{
    public static DateOnly Start(Interval interval, DateOnly date) => interval switch
    {
        Interval.Week => date.AddDays(-(int)date.DayOfWeek),
        Interval.Month => new DateOnly(date.Year, date.Month, 1),
        Interval.Year => new DateOnly(date.Year, 1, 1),
        _ => date,
    };

    public static DateOnly End(Interval interval, DateOnly date) => interval switch
    {
        Interval.Week => date.AddDays(6 - (int)date.DayOfWeek),
        Interval.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        Interval.Year => new DateOnly(date.Year, 12, 31),
        _ => date,
    };

    /// <summary>The last day of each period overlapping [from, to]; the final one is <paramref name="to"/> itself.</summary>
    public static List<DateOnly> Points(Interval interval, DateOnly from, DateOnly to)
    {
        var points = new List<DateOnly>();
        for (var day = from; day <= to;)
        {
            var end = End(interval, day);
            var point = end < to ? end : to;
            points.Add(point);
            if (point == to)
            {
                break;
            }
            day = point.AddDays(1);
        }
        return points;
    }

    /// <summary>Calendar months touched by [from, to], at least 1.</summary>
    public static int MonthsSpanned(DateOnly from, DateOnly to) =>
        to < from ? 1 : (to.Year - from.Year) * 12 + to.Month - from.Month + 1;
}
