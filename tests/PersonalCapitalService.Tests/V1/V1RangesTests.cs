using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.Tests.V1;

/// <summary>The dates each range form means, for a fixed "today" (a leap year's March, to cross February).</summary>
public sealed class V1RangesTests
{
    private static readonly DateOnly Today = new(2028, 3, 15);

    [Theory]
    [InlineData(null, null, null, null, "2028-02-15", "2028-03-15")]
    [InlineData(null, null, "1", null, "2028-03-15", "2028-03-15")]
    [InlineData(null, null, "31", null, "2028-02-14", "2028-03-15")]
    [InlineData("2028-01-01", null, null, null, "2028-01-01", "2028-03-15")]
    [InlineData("2027-12-30", "2028-01-02", null, null, "2027-12-30", "2028-01-02")]
    [InlineData(null, null, null, "this-month", "2028-03-01", "2028-03-15")]
    [InlineData(null, null, null, "last-month", "2028-02-01", "2028-02-29")]
    [InlineData(null, null, null, "ytd", "2028-01-01", "2028-03-15")]
    [InlineData(null, null, null, "last-year", "2027-01-01", "2027-12-31")]
    public void Each_form_gives_its_days(string? start, string? end, string? days, string? range, string first, string last)
    {
        var parsed = V1Ranges.Parse(new RangeQuery(start, end, days, range), Today, 36500);
        Assert.True(parsed.IsValid, parsed.ErrorMessage);
        Assert.Equal(DateOnly.Parse(first), parsed.Value.Start);
        Assert.Equal(DateOnly.Parse(last), parsed.Value.End);
    }

    [Fact]
    public void All_reaches_as_far_back_as_the_legacy_all_and_ends_today()
    {
        var parsed = V1Ranges.Parse(new RangeQuery(null, null, null, "all"), Today, 36500);
        Assert.Equal(Today.AddDays(-9998), parsed.Value.Start);
        Assert.Equal(Today, parsed.Value.End);
    }

    [Fact]
    public void Days_beyond_the_configured_maximum_are_refused_with_it_in_the_message()
    {
        var parsed = V1Ranges.Parse(new RangeQuery(null, null, "400", null), Today, 365);
        Assert.False(parsed.IsValid);
        Assert.Equal("days", parsed.ParameterName);
        Assert.Contains("365", parsed.ErrorMessage, StringComparison.Ordinal);
    }
}
