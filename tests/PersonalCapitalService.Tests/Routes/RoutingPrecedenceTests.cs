using System.Net;
using System.Text.Json.Nodes;
using static PersonalCapitalService.Tests.Routes.LegacyRules;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// "A literal segment beats a parameter: /trans/expenses/all is the expenses route, not a date range; .../lastmonth is
/// never an {end} date", and the route the original crashed on works.
/// </summary>
[Collection(RouteWorldCollection.Name)]
public sealed class RoutingPrecedenceTests(SharedRouteWorld shared)
{
    private RouteWorld World => shared.World;

    private static string Brokerage => RouteCatalog.Segment(RouteCatalog.Brokerage);

    [Fact]
    public async Task Expenses_all_is_the_expenses_route_not_a_date_range()
    {
        var body = await GetJsonAsync("trans/expenses/all");

        var (_, expected) = await RouteCatalog.TransactionsAsync(World.Raw, All(World.Today), cleanup: true, Expenses);
        JsonComparison.AssertEquivalent(new JsonObject { ["transactions"] = new JsonArray([.. expected]) }, body, "trans/expenses/all");
        Assert.NotEmpty(expected);
    }

    [Fact]
    public async Task Shares_In_before_an_account_and_lastmonth_is_the_invtype_of_the_investments_account_route()
    {
        // The Shares_In route would read the account as {start} and lastmonth as {end}: a 400. The investments-account
        // route filters on transactionType "Shares_In", which no row has.
        var literal = await GetJsonAsync($"trans/investments/Shares_In/{Brokerage}/lastmonth");
        JsonComparison.AssertEquivalent(new JsonObject { ["transactions"] = new JsonArray() }, literal, "Shares_In as invtype");

        // The same route with the real transaction type selects rows, so the empty list above is the filter's doing.
        var spelled = await GetJsonAsync($"trans/investments/Shares%20In/{Brokerage}/lastmonth");
        var (_, expected) = await RouteCatalog.TransactionsAsync(World.Raw, LastMonth(World.Today), cleanup: true,
            rows => Account(Investment(rows, "Shares In"), RouteCatalog.Brokerage));
        JsonComparison.AssertEquivalent(new JsonObject { ["transactions"] = new JsonArray([.. expected]) }, spelled, "Shares In as invtype");
        Assert.NotEmpty(expected);
    }

    /// <summary>Paths where a keyword stands where a parameterised route has {end}: each reaches its keyword route.</summary>
    /// <summary>Routing literals match in any case, so a keyword in any case is never an {end} date either.</summary>
    [Theory]
    [InlineData("LastMonth")]
    [InlineData("LASTMONTH")]
    public async Task A_keyword_in_another_case_is_never_an_end_date_either(string keyword)
    {
        var path = $"trans/investments/Shares_In/{Brokerage}/{keyword}";

        var body = await GetJsonAsync(path);

        JsonComparison.AssertEquivalent(new JsonObject { ["transactions"] = new JsonArray() }, body, path);
    }

    /// <summary>No route ends in {start}/lastmonth, {start}/thismonth or {start}/all: not found, never a date problem.</summary>
    [Theory]
    [InlineData("trans/2026-01-01/thismonth")]
    [InlineData("trans/2026-01-01/all")]
    [InlineData("trans/2026-01-01/ThisMonth")]
    [InlineData("trans/expenses/2026-01-01/lastmonth")]
    [InlineData("trans/expenses/2026-01-01/all")]
    [InlineData("trans/match/2026-01-01/thismonth")]
    [InlineData("trans/Checking/2026-01-01/lastmonth")]
    [InlineData("trans/401k/rollover/2026-01-01/thismonth")]
    public async Task A_keyword_after_a_start_date_is_not_a_route(string path)
    {
        using var response = await World.Service.Client.GetAsync(path);

        await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound, path);
    }

    [Fact]
    public async Task The_account_route_with_a_date_range_works_wrapped_and_uncleaned()
    {
        var months = RouteCatalog.TwoFullMonths(World.Today);
        var path = $"trans/{RouteCatalog.Segment(RouteCatalog.Checking)}/{RouteCatalog.Dates(months)}";

        var body = await GetJsonAsync(path);

        var rows = body["transactions"]!.AsArray().Select(r => r!.AsObject()).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(RouteCatalog.Checking, Text(r, "accountName")));
        Assert.All(rows, r => Assert.True(r.ContainsKey("accountId") && r.ContainsKey("status"), "the raw view keeps every field"));
    }

    private async Task<JsonNode> GetJsonAsync(string path)
    {
        using var response = await World.Service.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {RouteCheck.Clip(text)}");
        return JsonNode.Parse(text)!;
    }
}
