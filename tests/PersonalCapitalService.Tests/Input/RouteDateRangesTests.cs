using PersonalCapitalService.Input;

namespace PersonalCapitalService.Tests.Input;

public class RouteDateRangesTests
{
    // today, numDays, expected start, expected end: worked out on a calendar.
    [Theory]
    [InlineData("2026-03-15", 30, "2026-02-12", "2026-03-14")]
    [InlineData("2026-03-15", 1, "2026-03-13", "2026-03-14")]
    [InlineData("2026-03-15", 0, "2026-03-14", "2026-03-14")]
    [InlineData("2026-01-01", 1, "2025-12-30", "2025-12-31")]
    [InlineData("2026-01-01", 31, "2025-11-30", "2025-12-31")]
    [InlineData("2024-03-01", 1, "2024-02-28", "2024-02-29")]
    [InlineData("2025-03-01", 1, "2025-02-27", "2025-02-28")]
    [InlineData("2026-12-31", 365, "2025-12-30", "2026-12-30")]
    [InlineData("2024-12-31", 366, "2023-12-30", "2024-12-30")]
    [InlineData("0001-01-05", 9999, "0001-01-01", "0001-01-04")]
    [InlineData("0001-01-01", 1, "0001-01-01", "0001-01-01")]
    public void Last_days_end_yesterday_and_start_one_day_before_the_count(string today, int numDays, string start, string end)
    {
        var range = RouteDateRanges.LastDays(Day(today), numDays);

        Assert.Equal(new DateRange(Day(start), Day(end)), range);
    }

    [Theory]
    [InlineData("2026-03-15", "1998-10-28", "2026-03-14")]
    [InlineData("2026-01-01", "1998-08-16", "2025-12-31")]
    public void All_is_the_last_9999_days_range(string today, string start, string end)
    {
        Assert.Equal(new DateRange(Day(start), Day(end)), RouteDateRanges.All(Day(today)));
    }

    [Theory]
    [InlineData("2026-01-01", "2025-12-01", "2025-12-31")]
    [InlineData("2026-01-31", "2025-12-01", "2025-12-31")]
    [InlineData("2024-03-01", "2024-02-01", "2024-02-29")]
    [InlineData("2025-03-31", "2025-02-01", "2025-02-28")]
    [InlineData("2000-03-15", "2000-02-01", "2000-02-29")]
    [InlineData("2100-03-15", "2100-02-01", "2100-02-28")]
    [InlineData("2026-12-31", "2026-11-01", "2026-11-30")]
    [InlineData("2026-05-15", "2026-04-01", "2026-04-30")]
    [InlineData("2026-08-01", "2026-07-01", "2026-07-31")]
    public void Last_month_is_the_whole_previous_calendar_month(string today, string start, string end)
    {
        Assert.Equal(new DateRange(Day(start), Day(end)), RouteDateRanges.LastMonth(Day(today)));
    }

    [Theory]
    [InlineData("2026-01-01", "2026-01-01", "2026-01-31")]
    [InlineData("2024-02-10", "2024-02-01", "2024-02-29")]
    [InlineData("2023-02-28", "2023-02-01", "2023-02-28")]
    [InlineData("2024-03-01", "2024-03-01", "2024-03-31")]
    [InlineData("2026-04-30", "2026-04-01", "2026-04-30")]
    [InlineData("2026-12-31", "2026-12-01", "2026-12-31")]
    [InlineData("9999-12-31", "9999-12-01", "9999-12-31")]
    public void This_month_is_the_whole_current_calendar_month(string today, string start, string end)
    {
        Assert.Equal(new DateRange(Day(start), Day(end)), RouteDateRanges.ThisMonth(Day(today)));
    }

    [Fact]
    public void A_negative_count_is_a_programming_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => RouteDateRanges.LastDays(new DateOnly(2026, 3, 15), -1));
    }

    private static DateOnly Day(string text) =>
        DateOnly.ParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
