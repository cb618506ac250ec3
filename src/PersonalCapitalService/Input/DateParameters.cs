using System.Globalization;

namespace PersonalCapitalService.Input;

/// <summary>
/// Reads the <c>{start}</c>/<c>{end}</c> route parameters. Only the canonical form is accepted
/// (exactly <c>yyyy-MM-dd</c>, ASCII digits, a date that exists), because the original passed whatever it
/// got upstream and the upstream's reaction to odd forms is unknown.
/// </summary>
public static class DateParameters
{
    public const string StartName = "start";
    public const string EndName = "end";

    public static ParameterParseResult<DateOnly> Parse(string parameterName, string? text)
    {
        if (text is not null
            && HasCanonicalShape(text)
            && DateOnly.TryParseExact(text, DateRange.WireFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return ParameterParseResult<DateOnly>.Success(date);
        }

        return ParameterParseResult<DateOnly>.Failure(
            parameterName, $"{parameterName} must be a real date in the form yyyy-MM-dd");
    }

    /// <summary>Parses both ends; the first problem found (start, then end, then their order) is reported.</summary>
    public static ParameterParseResult<DateRange> ParseRange(string? startText, string? endText)
    {
        var start = Parse(StartName, startText);
        if (!start.IsValid)
        {
            return ParameterParseResult<DateRange>.Failure(start.ParameterName, start.ErrorMessage);
        }

        var end = Parse(EndName, endText);
        if (!end.IsValid)
        {
            return ParameterParseResult<DateRange>.Failure(end.ParameterName, end.ErrorMessage);
        }

        if (start.Value > end.Value)
        {
            return ParameterParseResult<DateRange>.Failure(StartName, "start must not be after end");
        }

        return ParameterParseResult<DateRange>.Success(new DateRange(start.Value, end.Value));
    }

    // TryParseExact alone tolerates nothing odd today, but checking the shape ourselves makes the accepted
    // language explicit and independent of culture data (no non-ASCII digits, no padding, no time part).
    private static bool HasCanonicalShape(string text)
    {
        if (text.Length != 10 || text[4] != '-' || text[7] != '-')
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            if (i is 4 or 7)
            {
                continue;
            }

            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
