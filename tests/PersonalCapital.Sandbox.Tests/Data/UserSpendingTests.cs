using System.Globalization;
using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class UserSpendingTests
{
    private const string Path = "account/getUserSpending";

    [Theory]
    [InlineData("2026-03-31")]
    [InlineData("2025-03-01")]
    [InlineData("2024-02-29")]
    public void Current_periods_are_the_spending_of_the_rows(string todayText)
    {
        var today = DateOnly.ParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var api = TestData.Api(today);
        var rows = TestData.AllTransactions(api);
        decimal Spent(DateOnly from) => rows.Where(t => t.Day() >= from && t.Flag("isSpending"))
            .Sum(t => t.Flag("isCashIn") ? -t.Amount() : t.Amount());

        var intervals = Intervals(TestData.Call(api, Path, ("intervalTypes[]", "MONTH"), ("intervalTypes[]", "WEEK"),
            ("intervalTypes[]", "YEAR"), ("includeDetails", "true"), ("includeValues[]", "CURRENT"), ("includeValues[]", "TARGET")));

        Assert.Equal(["MONTH", "WEEK", "YEAR"], intervals.Keys);
        Assert.Equal(Spent(new DateOnly(today.Year, today.Month, 1)), intervals["MONTH"]["current"].Number());
        Assert.Equal(Spent(today.AddDays(-(int)today.DayOfWeek)), intervals["WEEK"]["current"].Number());
        Assert.Equal(Spent(new DateOnly(today.Year, 1, 1)), intervals["YEAR"]["current"].Number());
        foreach (var interval in intervals.Values)
        {
            var details = interval["details"]!.AsArray();
            Assert.Equal(interval["current"].Number(), details.Sum(d => d!["amount"].Number()));
            Assert.True(interval.ContainsKey("target"));
        }
        Assert.Equal(today.Day, intervals["MONTH"]["details"]!.AsArray().Count);
        Assert.Equal(today.Month, intervals["YEAR"]["details"]!.AsArray().Count);
        Assert.Equal((int)today.DayOfWeek + 1, intervals["WEEK"]["details"]!.AsArray().Count);
    }

    [Fact]
    public void Both_request_styles_get_the_same_answer()
    {
        var api = TestData.Api();

        var kdar = TestData.Serialized(api, Path, ("intervalTypes[]", "MONTH"), ("intervalTypes[]", "WEEK"), ("includeDetails", "true"));
        var personalCapital2 = TestData.Serialized(api, Path, ("startDate", "2026-03-01"), ("endDate", "2026-03-31"), ("intervalType", "MONTH"));

        Assert.Equal(kdar, personalCapital2);
    }

    [Fact]
    public void Averages_cover_earlier_periods()
    {
        var intervals = Intervals(TestData.Call(TestData.Api(), Path));

        Assert.True(intervals["MONTH"]["average"].Number() > 0);
        Assert.True(intervals["WEEK"]["average"].Number() > 0);
    }

    private static Dictionary<string, JsonObject> Intervals(JsonNode spData) =>
        spData["intervals"]!.AsArray().Select(i => i!.AsObject()).ToDictionary(i => i.Text("type"));
}
