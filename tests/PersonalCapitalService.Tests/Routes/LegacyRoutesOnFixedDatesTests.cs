using System.Globalization;
using Xunit.Sdk;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// Every route again on days whose calendar is awkward: New Year's Day (last month is in the previous year, this
/// month has one day), the day after a leap February, and New Year's Eve. The sandbox generates its data relative to
/// the clock, so each of these is deterministic.
/// </summary>
public sealed class LegacyRoutesOnFixedDatesTests
{
    [Theory]
    [InlineData("2025-01-01T12:00:00Z")]
    [InlineData("2024-03-01T08:30:00Z")]
    [InlineData("2026-12-31T23:00:00Z")]
    public async Task Every_route_answers_the_body_the_spec_describes(string now)
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.Parse(now, CultureInfo.InvariantCulture));
        var failures = new List<string>();
        foreach (var request in RouteCatalog.Requests(world.Today))
        {
            try
            {
                await RouteCheck.AssertAnswersAsSpecifiedAsync(world, request);
            }
            catch (XunitException failure)
            {
                failures.Add(failure.Message);
            }
        }
        Assert.True(failures.Count == 0, $"today {world.Today:yyyy-MM-dd}:\n" + string.Join("\n", failures));
    }
}
