using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using static PersonalCapitalService.Tests.Routes.LegacyRules;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>"The new service must return every transaction in the range, however the upstream pages."</summary>
public sealed class TransactionPagingTests(TransactionPagingTests.PagingWorld paging) : IClassFixture<TransactionPagingTests.PagingWorld>
{
    private const int PageSize = 50;

    private RouteWorld World => paging.World;

    /// <summary>A sandbox that honours page sizes, and a service asking for small pages.</summary>
    public sealed class PagingWorld : IAsyncLifetime
    {
        private RouteWorld? _world;

        internal RouteWorld World => _world ?? throw new InvalidOperationException("not started");

        public async Task InitializeAsync() => _world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow,
            o => o.PageTransactions = true,
            new Dictionary<string, string?> { ["PersonalCapital:TransactionPageSize"] = PageSize.ToString(CultureInfo.InvariantCulture) });

        public async Task DisposeAsync()
        {
            if (_world is not null)
            {
                await _world.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Every_transaction_of_a_long_range_comes_back_from_an_upstream_that_pages()
    {
        var world = World;
        var range = LastDays(world.Today, 400);
        // The raw client sends no page size, so even this sandbox answers every row at once.
        var (unpaged, _) = await RouteCatalog.TransactionsAsync(world.Raw, range, cleanup: false, filter: null);
        Assert.True(unpaged.Count > 10 * PageSize, $"only {unpaged.Count} rows: too few to need pages");
        var callsBefore = world.Sandbox.Stats["/api/transaction/getUserTransactions"];

        using var response = await world.Service.Client.GetAsync("trans/400");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonComparison.AssertEquivalent(new JsonArray([.. unpaged]), JsonNode.Parse(await response.Content.ReadAsStringAsync()), "trans/400");
        var pages = world.Sandbox.Stats["/api/transaction/getUserTransactions"] - callsBefore;
        Assert.True(pages >= unpaged.Count / PageSize, $"{pages} page calls for {unpaged.Count} rows: the upstream did not page");
    }

    [Fact]
    public async Task A_filtered_route_sees_every_page_too()
    {
        var world = World;
        var (fetched, expenses) = await RouteCatalog.TransactionsAsync(world.Raw, All(world.Today), cleanup: true, Expenses);
        Assert.True(fetched.Count > 10 * PageSize, $"only {fetched.Count} rows: too few to need pages");

        using var response = await world.Service.Client.GetAsync("trans/expenses/all");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        JsonComparison.AssertEquivalent(new JsonObject { ["transactions"] = new JsonArray([.. expenses]) },
            JsonNode.Parse(await response.Content.ReadAsStringAsync()), "trans/expenses/all");
    }
}
