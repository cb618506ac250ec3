using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PersonalCapital.Sandbox;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// The classic site's getAccounts2 (<c>accountName</c>, <c>isActive</c>) and the new site's (<c>name</c>, active when
/// <c>closedDate</c> is "") give the same legacy answers and the same typed accounts (upstream-protocol §12).
/// </summary>
public sealed class PayloadShapeRoutesTests
{
    private static readonly string[] Routes =
    [
        "accounts", "holdings", "holdings/classifications", "trans/30", "trans/all/lastmonth",
        "v1/accounts", "v1/holdings", "v1/transactions?days=30", "v1/networth?days=30", "v1/balances?days=30",
    ];

    [Fact]
    public async Task Both_payload_shapes_give_the_same_legacy_and_v1_answers_and_owner_data()
    {
        var now = new DateTimeOffset(2026, 5, 14, 15, 0, 0, TimeSpan.Zero);
        await using var classic = await RouteWorld.StartAsync(now, o => o.Site = SandboxSite.Classic);
        await using var empower = await RouteWorld.StartAsync(now, o => o.Site = SandboxSite.Empower);

        foreach (var route in Routes)
        {
            var fromClassic = await GetAsync(classic, route);
            var fromEmpower = await GetAsync(empower, route);
            Assert.True(JsonNode.DeepEquals(fromEmpower, fromClassic), $"/{route} differs between the two payload shapes");
        }
        var holdings = (await GetAsync(classic, "holdings"))["holdings"]!.AsArray();
        Assert.Contains(holdings, h => h!["accountType"]!.GetValue<string>().Length > 0);

        var classicAccounts = await OwnerAccountsAsync(classic);
        var empowerAccounts = await OwnerAccountsAsync(empower);
        Assert.Equal(empowerAccounts, classicAccounts);
        Assert.Contains(classicAccounts, a => a.IsActive == false);
    }

    private static async Task<JsonNode> GetAsync(RouteWorld world, string route)
    {
        using var response = await world.Service.Client.GetAsync(route);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
    }

    private static async Task<List<(long? Id, string? Name, bool? IsActive, decimal? Balance)>> OwnerAccountsAsync(RouteWorld world)
    {
        var accounts = await world.Service.Services.GetRequiredService<IOwnerData>().GetAccountsAsync(CancellationToken.None);
        return [.. accounts.Accounts.Select(a => (a.UserAccountId, a.Name, a.IsActive, a.Balance))];
    }
}
