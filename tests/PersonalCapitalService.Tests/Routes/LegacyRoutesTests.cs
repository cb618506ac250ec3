using Microsoft.Extensions.DependencyInjection;
using PersonalCapitalService.ApiDescription;
using System.Net;
using System.Text.Json.Nodes;
using static PersonalCapitalService.Tests.Routes.LegacyRules;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// Every route of legacy-routes.md on today's data: the service's body must equal the one computed from the raw
/// upstream answers with the spec's rules.
/// </summary>
[Collection(RouteWorldCollection.Name)]
public sealed class LegacyRoutesTests(SharedRouteWorld shared)
{
    private RouteWorld World => shared.World;

    [Theory]
    [MemberData(nameof(RouteCatalog.TemplateData), MemberType = typeof(RouteCatalog))]
    public async Task Route_answers_the_body_the_spec_describes(string route)
    {
        var requests = RouteCatalog.Requests(World.Today).Where(r => r.Route == route).ToList();
        Assert.NotEmpty(requests);
        foreach (var request in requests)
        {
            await RouteCheck.AssertAnswersAsSpecifiedAsync(World, request);
        }
    }

    [Fact]
    public async Task Every_route_wants_basic_credentials_and_asks_nothing_upstream_without_them()
    {
        using var anonymous = World.Service.NewClient(null, null);
        var before = World.UpstreamCalls;

        foreach (var request in RouteCatalog.Requests(World.Today))
        {
            using var response = await anonymous.GetAsync(request.Path);
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{request}: {(int)response.StatusCode} without credentials");
        }
        Assert.Equal(before, World.UpstreamCalls);
    }

    [Fact]
    public void The_catalog_covers_the_31_routes_of_the_spec_and_the_service_serves_exactly_those()
    {
        Assert.Equal(31, RouteCatalog.Templates.Distinct().Count());
        Assert.Equal(
            RouteCatalog.Templates.Order(StringComparer.Ordinal),
            RouteCatalog.Requests(World.Today).Select(r => r.Route).Distinct().Order(StringComparer.Ordinal));

        // The running service's GET routes marked legacy are exactly the spec's table.
        var served = World.Service.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<Microsoft.AspNetCore.Routing.IHttpMethodMetadata>()?.HttpMethods.Contains("GET") == true)
            .Where(e => e.Metadata.OfType<Microsoft.AspNetCore.Http.Metadata.ITagsMetadata>().Any(t => t.Tags.Contains(LegacyTag.Name)))
            .Select(e => "/" + System.Text.RegularExpressions.Regex.Replace(e.RoutePattern.RawText!.Trim('/'), ":[a-z]+}", "}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(RouteCatalog.Templates.Order(StringComparer.Ordinal), served);
    }

    [Fact]
    public async Task The_account_names_used_exist_upstream_and_need_cleaning()
    {
        var names = (await World.Raw.AccountsAsync())["accounts"]!.AsArray().Select(a => a!["name"]!.GetValue<string>()).ToList();

        Assert.Contains(RouteCatalog.Checking, names);
        Assert.Contains(RouteCatalog.Brokerage, names);
        Assert.Contains(RouteCatalog.Plan401k, names);
        Assert.Contains(RouteCatalog.RothIra, names);
        Assert.Contains(RouteCatalog.RewardsCard, names);
        Assert.Contains('\u2013', RouteCatalog.Checking);
        Assert.Contains('\u00AE', RouteCatalog.Checking);
    }

    /// <summary>The ranges the route checks use must hold every row the filters are tricky about, or those checks prove little.</summary>
    [Fact]
    public async Task The_compared_ranges_hold_every_tricky_row()
    {
        foreach (var range in new[] { RouteCatalog.TwoFullMonths(World.Today), LastMonth(World.Today) })
        {
            var (rows, _) = await RouteCatalog.TransactionsAsync(World.Raw, range, cleanup: false, filter: null);
            var context = $"{range.Start}..{range.End}";

            Assert.True(rows.Any(r => r["category"] is null), $"{context}: no row with an unknown category");
            Assert.True(rows.Any(r => Text(r, "status") == "pending"), $"{context}: no pending row");
            Assert.True(rows.Any(r => Bool(r, "isSpending") == true && Bool(r, "isCashIn") == true), $"{context}: no refund");
            Assert.True(rows.Any(r => Text(r, "accountName")!.Contains('\u2013') && Text(r, "accountName")!.Contains('\u00AE')),
                $"{context}: no account name with an en dash and a ®");
            Assert.True(rows.Any(r => Text(r, "description")!.Contains('\u2013')), $"{context}: no description with an en dash");

            var sharesIn = Investment(rows, "Shares In");
            Assert.True(sharesIn.Any(r => Number(r, "quantity") == 0), $"{context}: no Shares In of zero quantity");
            Assert.True(sharesIn.Any(r => Text(r, "description")!.Contains("transfer In", StringComparison.Ordinal)),
                $"{context}: no Shares In described as a transfer In");
            Assert.True(Investment(rows, "Shares Out").Any(r => Number(r, "quantity") == 0), $"{context}: no Shares Out of zero quantity");
            Assert.True(Investment(rows, "Adjusted Sell").Any(r => Number(r, "quantity") == 0 && Text(r, "category") == "Securities Trades"),
                $"{context}: no Adjusted Sell of zero quantity");

            var pairs = Investment(rows, "Contribution")
                .GroupBy(r => (Text(r, "transactionDate"), Text(r, "description")))
                .Where(g => g.Select(r => Number(r, "amount")).Distinct().Count() == 2)
                .ToList();
            Assert.True(pairs.Count > 0, $"{context}: no 401k contribution pair");
            Assert.True(rows.Any(r => Text(r, "category") == "Retirement Contributions" && Text(r, "transactionType") != "Contribution"),
                $"{context}: no Retirement Contributions row that is not a Contribution");
            Assert.True(Match401k(rows).Count < All401k(rows).Count, $"{context}: the match procedure drops nothing");
            Assert.True(rows.Any(r => r.ContainsKey("resultType")), $"{context}: no resultType, which the cleanup must keep");
        }
    }

    [Fact]
    public async Task The_holdings_data_holds_every_tricky_holding_and_account()
    {
        var holdings = (await World.Raw.HoldingsAsync())["holdings"]!.AsArray().Select(h => h!.AsObject()).ToList();
        var withoutTicker = holdings.Where(h => Text(h, "ticker") is null or "").ToList();
        var answers = new List<JsonNode>();
        foreach (var holding in withoutTicker)
        {
            answers.Add(await World.Raw.AssetClassificationAsync(Text(holding, "sourceAssetId")!, holding["userAccountId"]!.ToJsonString()));
        }
        Assert.Contains(answers, a => a["portfolioComponents"] is JsonArray { Count: > 0 });
        Assert.Contains(answers, a => a["portfolioComponents"] is JsonArray { Count: 0 });
        Assert.Contains(answers, a => a is JsonObject o && !o.ContainsKey("portfolioComponents"));
        Assert.Contains(holdings, h => Text(h, "accountName")!.Contains('\u2013'));

        var accounts2 = (await World.Raw.Accounts2Async())["accounts"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Contains(accounts2, a => Text(a, "accountTypeSubtype") == "" && holdings.Any(h => Text(h, "accountName") == Text(a, "name")));
        Assert.Contains(accounts2, a => a.ContainsKey("accountTypeNew") && a["accountTypeNew"] is null);

        var classifications = (await World.Raw.HoldingsAsync("""["allocation"]"""))["classifications"]![0]!["classifications"]!.AsArray();
        Assert.Contains(classifications, c => c!["classifications"] is JsonArray { Count: > 0 });
        Assert.Contains(classifications, c => c!["classifications"] is null);
    }
}
