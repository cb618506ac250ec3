namespace PersonalCapitalService.Input;

/// <summary>
/// The date ranges the original routes derive from "today" (the server's local date, passed in so the
/// caller's TimeProvider decides what today is).
/// </summary>
public static class RouteDateRanges
{
    /// <summary>What <c>/trans/expenses/all</c> means by "all".</summary>
    public const int AllNumDays = 9999;

    /// <summary>
    /// <c>{numDays}</c>: today − (numDays + 1) to today − 1. Yesterday is the last day because the original
    /// did so (today's rows are still settling). Dates before 0001-01-01 are clamped to it rather than
    /// thrown, so a large configured maximum can never crash a request.
    /// </summary>
    public static DateRange LastDays(DateOnly today, int numDays)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(numDays);

        var start = DayNumberClampedToCalendar((long)today.DayNumber - numDays - 1);
        var end = DayNumberClampedToCalendar((long)today.DayNumber - 1);
        return new DateRange(DateOnly.FromDayNumber(start), DateOnly.FromDayNumber(end));
    }

    /// <summary><c>all</c> (expenses only): the <c>{numDays}</c> range with numDays = 9999.</summary>
    public static DateRange All(DateOnly today) => LastDays(today, AllNumDays);

    /// <summary><c>lastmonth</c>: first to last day of the previous calendar month.</summary>
    public static DateRange LastMonth(DateOnly today)
    {
        var (year, month) = today.Month == 1 ? (today.Year - 1, 12) : (today.Year, today.Month - 1);
        return WholeMonth(year, month);
    }

    /// <summary><c>thismonth</c>: first to last day of the current calendar month (future days included).</summary>
    public static DateRange ThisMonth(DateOnly today) => WholeMonth(today.Year, today.Month);

    private static DateRange WholeMonth(int year, int month) =>
        new(new DateOnly(year, month, 1), new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    private static int DayNumberClampedToCalendar(long dayNumber) =>
        (int)Math.Clamp(dayNumber, DateOnly.MinValue.DayNumber, DateOnly.MaxValue.DayNumber);
}
