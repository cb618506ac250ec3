using System.Net;
using PersonalCapitalService.Tests.Routes;

namespace PersonalCapitalService.Tests.V1;

/// <summary>Bad ranges and parameters are a 400 naming the parameter, unknown names a 404; neither asks the upstream anything it would not need.</summary>
[Collection(RouteWorldCollection.Name)]
public sealed class V1BadInputTests(SharedRouteWorld shared)
{
    private RouteWorld World => shared.World;

    public static TheoryData<string, string> BadParameters => new()
    {
        { "v1/transactions?start=2026-02-30", "start" },
        { "v1/transactions?start=2026-1-01", "start" },
        { "v1/transactions?start=2026-03-01&end=2026-02-01", "start" },
        { "v1/transactions?start=2026-01-01&end=tomorrow", "end" },
        { "v1/transactions?end=2026-01-01", "start" },
        { "v1/transactions?days=0", "days" },
        { "v1/transactions?days=-3", "days" },
        { "v1/transactions?days=99999999999", "days" },
        { "v1/transactions?days=7&start=2026-01-01", "days" },
        { "v1/transactions?range=lastmonth", "range" },
        { "v1/transactions?range=ytd&days=3", "range" },
        { "v1/transactions.csv?range=yesterday", "range" },
        { "v1/networth?interval=year", "interval" },
        { "v1/balances?interval=hour", "interval" },
        { "v1/networth?range=all&start=2020-01-01", "range" },
        { "v1/cashflow?by=week", "by" },
        { "v1/performance?start=20260101", "start" },
    };

    [Theory]
    [MemberData(nameof(BadParameters))]
    public async Task A_bad_parameter_is_a_400_naming_it_and_nothing_goes_upstream(string path, string parameter)
    {
        var before = World.UpstreamCalls;
        using var response = await World.Service.Client.GetAsync(path);
        await ProblemAssertions.AssertBadParameterAsync(response, path, parameter);
        Assert.Equal(before, World.UpstreamCalls);
    }

    [Theory]
    [InlineData("v1/transactions?account=No%20Such%20Account", "account")]
    [InlineData("v1/transactions?account=12345", "account")]
    [InlineData("v1/transactions.csv?account=acme%20bank", "account")]
    [InlineData("v1/transactions?category=Not%20A%20Category", "category")]
    [InlineData("v1/holdings?account=99", "account")]
    [InlineData("v1/balances?account=Checking", "account")]
    public async Task An_unknown_account_or_category_is_a_404_not_an_empty_list(string path, string parameter)
    {
        using var response = await World.Service.Client.GetAsync(path);
        var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.NotFound, path);
        Assert.Equal(parameter, problem["parameter"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("v1/transactions?range=this-month")]
    [InlineData("v1/transactions?range=last-month")]
    [InlineData("v1/transactions?range=ytd")]
    [InlineData("v1/transactions?range=last-year")]
    [InlineData("v1/networth?range=all&interval=month")]
    [InlineData("v1/transactions?start=2026-01-01")]
    [InlineData("v1/transactions?days=1")]
    public async Task Every_range_keyword_and_form_is_accepted(string path)
    {
        using var response = await World.Service.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
