using PersonalCapitalService.Input;

namespace PersonalCapitalService.Tests.Input;

public class DateParametersTests
{
    [Theory]
    [InlineData("2026-02-01", 2026, 2, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2000-02-29", 2000, 2, 29)]
    [InlineData("2026-12-31", 2026, 12, 31)]
    [InlineData("0001-01-01", 1, 1, 1)]
    [InlineData("9999-12-31", 9999, 12, 31)]
    public void Canonical_real_dates_are_accepted(string text, int year, int month, int day)
    {
        var result = DateParameters.Parse("start", text);

        Assert.True(result.IsValid);
        Assert.Equal(new DateOnly(year, month, day), result.Value);
        Assert.Null(result.ErrorMessage);
        Assert.Null(result.ParameterName);
    }

    [Theory]
    [InlineData("2026-2-1")]
    [InlineData("2026-02-1")]
    [InlineData("2026-02-30")]
    [InlineData("2025-02-29")]
    [InlineData("2100-02-29")]
    [InlineData("2026-13-01")]
    [InlineData("2026-00-10")]
    [InlineData("2026-04-31")]
    [InlineData("0000-01-01")]
    [InlineData("20260201")]
    [InlineData("2026-02-01T00:00")]
    [InlineData("2026-02-01 ")]
    [InlineData(" 2026-02-01")]
    [InlineData("2026/02/01")]
    [InlineData("01-02-2026")]
    [InlineData("+026-02-01")]
    [InlineData("2026-02-0a")]
    [InlineData("２０２６-０２-０１")]
    [InlineData("٢٠٢٦-٠٢-٠١")]
    [InlineData("lastmonth")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_rejected_naming_the_parameter(string? text)
    {
        var result = DateParameters.Parse("end", text);

        Assert.False(result.IsValid);
        Assert.Equal("end", result.ParameterName);
        Assert.Equal("end must be a real date in the form yyyy-MM-dd", result.ErrorMessage);
    }

    [Theory]
    [InlineData("2026-02-01", "2026-02-01")]
    [InlineData("2026-01-31", "2026-02-01")]
    [InlineData("2025-12-31", "2026-01-01")]
    public void A_range_whose_start_is_not_after_its_end_is_accepted(string start, string end)
    {
        var result = DateParameters.ParseRange(start, end);

        Assert.True(result.IsValid);
        Assert.Equal(DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture), result.Value.Start);
        Assert.Equal(DateOnly.Parse(end, System.Globalization.CultureInfo.InvariantCulture), result.Value.End);
    }

    [Theory]
    [InlineData("2026-02-02", "2026-02-01", "start", "start must not be after end")]
    [InlineData("2027-01-01", "2026-12-31", "start", "start must not be after end")]
    [InlineData("2026-02-30", "2026-03-01", "start", "start must be a real date in the form yyyy-MM-dd")]
    [InlineData("2026-02-01", "2026-2-28", "end", "end must be a real date in the form yyyy-MM-dd")]
    [InlineData("bad", "also bad", "start", "start must be a real date in the form yyyy-MM-dd")]
    [InlineData(null, "2026-02-01", "start", "start must be a real date in the form yyyy-MM-dd")]
    [InlineData("2026-02-01", null, "end", "end must be a real date in the form yyyy-MM-dd")]
    public void A_bad_range_reports_the_first_problem(string? start, string? end, string parameter, string message)
    {
        var result = DateParameters.ParseRange(start, end);

        Assert.False(result.IsValid);
        Assert.Equal(parameter, result.ParameterName);
        Assert.Equal(message, result.ErrorMessage);
    }
}
