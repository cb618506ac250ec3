using PersonalCapitalService.Input;

namespace PersonalCapitalService.V1.Common;

/// <summary>
/// Turns a <see cref="RangeQuery"/> into days, counted from the server's local "today" (as the legacy routes do):
/// <c>start</c>/<c>end</c> in <c>yyyy-MM-dd</c> (end defaults to today), <c>days=N</c> (the last N days, today
/// included), or a <c>range</c> keyword; none of them means the last 30 days.
/// </summary>
public static class V1Ranges
{
    public const string DaysName = "days";
    public const string RangeName = "range";
    public const int DefaultDays = 30;

    /// <summary>How far back <c>range=all</c> reaches: as far as the legacy <c>/trans/expenses/all</c>.</summary>
    public const int AllDays = RouteDateRanges.AllNumDays;

    public static readonly IReadOnlyList<string> Keywords = ["this-month", "last-month", "ytd", "last-year", "all"];

    public static ParameterParseResult<DateRange> Parse(RangeQuery query, DateOnly today, int maxDays)
    {
        var hasDates = query.Start is not null || query.End is not null;
        if (query.Range is not null && (hasDates || query.Days is not null))
        {
            return Failure(RangeName, "range cannot be combined with start, end or days");
        }
        if (query.Days is not null && hasDates)
        {
            return Failure(DaysName, "days cannot be combined with start or end");
        }
        if (query.Range is { } keyword)
        {
            return Keyword(keyword, today);
        }
        if (query.Days is { } daysText)
        {
            var days = NumDaysParameter.Parse(daysText, maxDays);
            return days.IsValid
                ? ParameterParseResult<DateRange>.Success(LastDays(today, days.Value))
                : Failure(DaysName, $"days must be a whole number from 1 to {maxDays}");
        }
        if (hasDates)
        {
            if (query.Start is null)
            {
                return Failure(DateParameters.StartName, "start is required when end is given");
            }
            return DateParameters.ParseRange(query.Start, query.End ?? Wire(today));
        }
        return ParameterParseResult<DateRange>.Success(LastDays(today, DefaultDays));
    }

    /// <summary>The last <paramref name="days"/> days, today included; clamped at the calendar's first day.</summary>
    public static DateRange LastDays(DateOnly today, int days) =>
        new(DateOnly.FromDayNumber(Math.Max(DateOnly.MinValue.DayNumber, today.DayNumber - days + 1)), today);

    private static ParameterParseResult<DateRange> Keyword(string keyword, DateOnly today)
    {
        var firstOfMonth = new DateOnly(today.Year, today.Month, 1);
        return keyword switch
        {
            "this-month" => ParameterParseResult<DateRange>.Success(new DateRange(firstOfMonth, today)),
            "last-month" => ParameterParseResult<DateRange>.Success(RouteDateRanges.LastMonth(today)),
            "ytd" => ParameterParseResult<DateRange>.Success(new DateRange(new DateOnly(today.Year, 1, 1), today)),
            "last-year" => ParameterParseResult<DateRange>.Success(
                new DateRange(new DateOnly(today.Year - 1, 1, 1), new DateOnly(today.Year - 1, 12, 31))),
            "all" => ParameterParseResult<DateRange>.Success(LastDays(today, AllDays)),
            _ => Failure(RangeName, $"range must be one of {string.Join(", ", Keywords)}"),
        };
    }

    private static string Wire(DateOnly date) => date.ToString(DateRange.WireFormat, System.Globalization.CultureInfo.InvariantCulture);

    private static ParameterParseResult<DateRange> Failure(string name, string message) =>
        ParameterParseResult<DateRange>.Failure(name, message);
}
