namespace PersonalCapitalService.V1.Common;

/// <summary>
/// <c>interval=day|week|month</c> of the history resources. A week runs Sunday to Saturday, as in Empower's web app;
/// each period is reported by its last day that has data (the range's end for the period still running).
/// </summary>
public enum HistoryInterval
{
    Day,
    Week,
    Month,
}

public static class HistoryIntervals
{
    public const string Name = "interval";

    public static Microsoft.AspNetCore.Http.HttpResults.ValidationProblem Invalid =>
        V1Problems.BadParameter(Name, "interval must be day, week or month");

    public static bool TryParse(string? text, out HistoryInterval interval)
    {
        interval = text switch
        {
            null or "day" => HistoryInterval.Day,
            "week" => HistoryInterval.Week,
            "month" => HistoryInterval.Month,
            _ => (HistoryInterval)(-1),
        };
        return Enum.IsDefined(interval);
    }

    /// <summary>The last day of the period <paramref name="date"/> falls in.</summary>
    public static DateOnly PeriodEnd(HistoryInterval interval, DateOnly date) => interval switch
    {
        HistoryInterval.Week => date.AddDays(6 - (int)date.DayOfWeek),
        HistoryInterval.Month => new DateOnly(date.Year, date.Month, DateTime.DaysInMonth(date.Year, date.Month)),
        _ => date,
    };

    /// <summary>Of points in date order, the last one of each period.</summary>
    public static IEnumerable<T> LastOfEachPeriod<T>(IEnumerable<T> points, Func<T, DateOnly> date, HistoryInterval interval) =>
        points.GroupBy(p => PeriodEnd(interval, date(p))).Select(g => g.MaxBy(date)!);
}
