using System.Net;
using System.Text.Json.Nodes;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// Bad route parameters answer 400 with a problem naming the parameter, before anything is asked upstream (the
/// original passed them on). Nothing a client can put in a path makes the service fail.
/// </summary>
[Collection(RouteWorldCollection.Name)]
public sealed class BadInputTests(SharedRouteWorld shared)
{
    private const string GoodStart = "2026-01-01";
    private const string GoodEnd = "2026-01-31";

    private RouteWorld World => shared.World;

    public static TheoryData<string> BadNumDays =>
    [
        "0", "00", "-1", "abc", "1.5", "1,5", "36501", "99999999999999999999999999999", "2147483648",
        "%D9%A1%D9%A2", // Arabic-Indic ١٢
        "%EF%BC%91%EF%BC%92", // fullwidth １２
        "%20", "%205", "5%20", "1e3", "+5", "0x10", "lastmonth", "thismonth", "all", "%3Cscript%3E",
    ];

    /// <summary>Segments that are not a date in the form yyyy-MM-dd; keywords are left out, they pick other routes.</summary>
    public static TheoryData<string> BadDates =>
    [
        "2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "0000-01-01", "2026-2-1", "2026-02-1", "20260201",
        "2026-02-01T00:00", "2026-02-01%2000:00", "2026%2F02%2F01", "01-02-2026",
        "%EF%BC%92%EF%BC%90%EF%BC%92%EF%BC%96-01-01", // fullwidth digits in the year
        "%D9%A2%D9%A0%D9%A2%D9%A6-01-01", // Arabic-Indic digits in the year
        "%20", "-", "--", "%2D", "2026-01-01%20", "+2026-01-01", "%3Cscript%3E", "%E2%80%AE",
    ];

    /// <summary>Every route with a date range, filled with parameters that would select rows.</summary>
    private static IEnumerable<string> DateRangeTemplates => RouteCatalog.Templates
        .Where(t => t.Contains("{start}", StringComparison.Ordinal))
        .Select(t => t.TrimStart('/')
            .Replace("{accountName}", RouteCatalog.Segment(RouteCatalog.Checking), StringComparison.Ordinal)
            .Replace("{invtype}", "Buy", StringComparison.Ordinal)
            .Replace("{received}", "received", StringComparison.Ordinal));

    [Theory]
    [MemberData(nameof(BadNumDays))]
    public async Task A_numDays_that_is_not_a_whole_number_from_1_to_the_maximum_is_a_400_naming_it(string numDays)
    {
        var before = World.UpstreamCalls;

        using var response = await World.Service.Client.GetAsync($"trans/{numDays}");

        await ProblemAssertions.AssertBadParameterAsync(response, $"trans/{numDays}", "numDays");
        Assert.Equal(before, World.UpstreamCalls);
    }

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task A_bad_start_is_a_400_naming_it_on_every_route_with_dates(string start)
    {
        var templates = DateRangeTemplates.ToList();
        Assert.Equal(12, templates.Count);
        var before = World.UpstreamCalls;

        foreach (var template in templates)
        {
            var path = template.Replace("{start}", start, StringComparison.Ordinal).Replace("{end}", GoodEnd, StringComparison.Ordinal);
            using var response = await World.Service.Client.GetAsync(path);
            await ProblemAssertions.AssertBadParameterAsync(response, path, "start");
        }
        Assert.Equal(before, World.UpstreamCalls);
    }

    [Theory]
    [MemberData(nameof(BadDates))]
    public async Task A_bad_end_is_a_400_naming_it_on_every_route_with_dates(string end)
    {
        var before = World.UpstreamCalls;

        foreach (var template in DateRangeTemplates)
        {
            var path = template.Replace("{start}", GoodStart, StringComparison.Ordinal).Replace("{end}", end, StringComparison.Ordinal);
            using var response = await World.Service.Client.GetAsync(path);
            await ProblemAssertions.AssertBadParameterAsync(response, path, "end");
        }
        Assert.Equal(before, World.UpstreamCalls);
    }

    [Fact]
    public async Task A_start_after_the_end_is_a_400_naming_a_date_on_every_route_with_dates()
    {
        var before = World.UpstreamCalls;

        foreach (var template in DateRangeTemplates)
        {
            var path = template.Replace("{start}", "2026-02-02", StringComparison.Ordinal).Replace("{end}", "2026-02-01", StringComparison.Ordinal);
            using var response = await World.Service.Client.GetAsync(path);
            await ProblemAssertions.AssertBadParameterAsync(response, path, "start", "end");
        }
        Assert.Equal(before, World.UpstreamCalls);
    }

    /// <summary>accountName, invtype and received are free text: odd text is just a value that no row has.</summary>
    [Theory]
    [InlineData("%3Cscript%3E")]
    [InlineData("%E2%80%AE")]
    [InlineData("%FF")]
    [InlineData("x%20%20y")]
    [InlineData("%F0%9F%92%A5")]
    [InlineData("a..b")]
    public async Task Free_text_parameters_take_any_text(string junk)
    {
        foreach (var path in new[] { $"trans/{junk}/lastmonth", $"trans/investments/{junk}/lastmonth", $"trans/investments/Buy/{junk}/lastmonth" })
        {
            using var response = await World.Service.Client.GetAsync(path);
            var text = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {RouteCheck.Clip(text)}");
            JsonComparison.AssertEquivalent(new JsonObject { ["transactions"] = new JsonArray() }, JsonNode.Parse(text), path);
        }

        // Any {received} other than "received" means reinvested dividends.
        using var odd = await World.Service.Client.GetAsync($"trans/dividends/{junk}/lastmonth");
        using var reinvest = await World.Service.Client.GetAsync("trans/dividends/reinvest/lastmonth");
        Assert.Equal(HttpStatusCode.OK, odd.StatusCode);
        var expected = JsonNode.Parse(await reinvest.Content.ReadAsStringAsync());
        Assert.NotEmpty(expected!["transactions"]!.AsArray());
        JsonComparison.AssertEquivalent(expected, JsonNode.Parse(await odd.Content.ReadAsStringAsync()), $"dividends/{junk}");
    }

    [Fact]
    public async Task The_largest_numDays_by_default_is_36500()
    {
        using var largest = await World.Service.Client.GetAsync("trans/36500");
        Assert.Equal(HttpStatusCode.OK, largest.StatusCode);

        using var beyond = await World.Service.Client.GetAsync("trans/36501");
        await ProblemAssertions.AssertBadParameterAsync(beyond, "trans/36501", "numDays");
    }

    [Fact]
    public async Task Routes_MaxNumDays_sets_the_largest_numDays_and_leaves_expenses_all_alone()
    {
        await using var service = await RunningService.StartAsync(World.Sandbox,
            new Dictionary<string, string?> { ["Routes:MaxNumDays"] = "10" }, World.Clock);
        await service.LogInAsync();

        using var largest = await service.Client.GetAsync("trans/10");
        Assert.Equal(HttpStatusCode.OK, largest.StatusCode);

        var before = World.UpstreamCalls;
        using var beyond = await service.Client.GetAsync("trans/11");
        await ProblemAssertions.AssertBadParameterAsync(beyond, "trans/11 with a maximum of 10", "numDays");
        Assert.Equal(before, World.UpstreamCalls);

        using var all = await service.Client.GetAsync("trans/expenses/all");
        Assert.Equal(HttpStatusCode.OK, all.StatusCode);
    }

    [Fact]
    public async Task No_path_makes_the_service_fail_and_every_refusal_is_a_problem()
    {
        string[] paths =
        [
            "trans/%2F", "trans/a%2Fb/2026-01-01/2026-01-31", "trans/%2F..%2F..%2Faccounts/lastmonth", "trans/..%2F..%2Faccounts",
            "trans/" + new string('9', 4000), "trans/" + new string('x', 4000) + "/lastmonth",
            "trans/investments/" + new string('B', 3000) + "/" + new string('C', 3000) + "/lastmonth",
            "trans/..", "trans/%2E%2E/lastmonth", "trans/%2E/lastmonth", "holdings/%2E%2E",
            "trans/%E2%80%AE/lastmonth", "trans/%F0%9F%92%A5/2026-01-01/2026-01-31", "trans/%E6%97%A5%E6%9C%AC/lastmonth",
            "trans/%FF/lastmonth", "trans/%C0%AF/lastmonth", "trans/%ED%A0%80/lastmonth", "trans/investments/%FE%FF/lastmonth",
            "trans/%25", "trans/%25zz/lastmonth", "trans/100%25", "trans/%", "trans/%zz",
            "trans/dividends/%0D%0ASet-Cookie:%20x=y/lastmonth", "trans/%09/lastmonth",
            "trans//lastmonth", "trans///", "trans/", "trans", "holdings/", "holdings/x", "accounts/x", "accounts%2F",
            "trans/investments/Buy/a/b/2026-01-01/2026-01-31", "trans/401k/rollover/nextmonth", "trans/expenses/all/extra",
            "trans/1?numDays=abc", "trans/2026-01-01/2026-01-31;jsessionid=x", "trans/%3Cscript%3Ealert(1)%3C%2Fscript%3E/lastmonth",
            "trans/expenses/0001-01-01/0001-01-02", "trans/expenses/9999-12-30/9999-12-31", "trans/0001-01-01/9999-12-31",
        ];
        foreach (var path in paths)
        {
            using var response = await World.Service.Client.GetAsync(path);
            await AssertNoFailureAsync(response, path);
        }

        // Kestrel itself refuses a NUL in the path, before any of the service's code runs: a bare 400.
        foreach (var path in new[] { "trans/%00", "trans/%00/lastmonth", "trans/investments/%00/lastmonth", "trans/2026-01-01/2026-01-31%00" })
        {
            using var response = await World.Service.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            ProblemAssertions.AssertNothingLeaks(await response.Content.ReadAsStringAsync(), path);
        }

        using var post = await World.Service.Client.PostAsync("trans/5", new StringContent(""));
        await AssertNoFailureAsync(post, "POST trans/5");
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    private static async Task AssertNoFailureAsync(HttpResponseMessage response, string path)
    {
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status < 500, $"{path}: {status} {RouteCheck.Clip(text)}");
        if (status >= 400)
        {
            await ProblemAssertions.AssertProblemAsync(response, response.StatusCode, path);
        }
    }
}
