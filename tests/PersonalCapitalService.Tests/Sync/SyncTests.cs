using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Sync;
using PersonalCapitalService.Tests.Routes;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Sync;

/// <summary>The background sync against the sandbox, and the routes it feeds (Store__Mode=Sync, SQLite).</summary>
public sealed class SyncTests
{
    private static readonly Dictionary<string, string?> SyncMode = new() { ["Store:Mode"] = "Sync" };

    private static int TransactionCalls(RouteWorld world) => world.Sandbox.Stats["/api/transaction/getUserTransactions"];

    [Fact]
    public async Task The_first_sync_fetches_the_whole_history_a_calendar_year_a_call_newest_first()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: SyncMode);
        var historyStart = world.Sandbox.Data.HistoryStart;

        Assert.Equal(SyncOutcome.Completed, await world.SyncAsync());
        var calls = TransactionCalls(world);

        var status = await world.Service.Client.GetFromJsonAsync<JsonObject>("v1/sync");
        Assert.Equal("idle", (string?)status!["state"]);
        Assert.True(DateOnly.Parse((string)status["coverage"]!["start"]!) <= historyStart);
        Assert.Equal(world.Today, DateOnly.Parse((string)status["coverage"]!["end"]!));
        var all = await world.Raw.TransactionsAsync(historyStart, world.Today);
        Assert.Equal(all.Count, (int)status["counts"]!["transactions"]!);
        Assert.True((int)status["counts"]!["accounts"]! > 0);
        Assert.Equal(all.Count, (int)status["lastRun"]!["added"]!);
        // 3 years of demo data: one call per calendar year, never one call for everything.
        var years = world.Today.Year - historyStart.Year + 1;
        Assert.Equal(years, calls);
    }

    [Fact]
    public async Task A_change_upstream_shows_after_the_next_sync_and_a_settled_pending_row_is_not_counted_twice()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: SyncMode);
        await world.SyncAsync();
        var start = world.Today.AddDays(-30);
        var before = await world.Raw.TransactionsAsync(start, world.Today);
        var pending = before.First(r => (string?)r["status"] == "pending");
        var edited = before.First(r => (string?)r["status"] == "posted");
        var removed = before.Last(r => (string?)r["status"] == "posted" && r != edited);
        using var sandbox = new HttpClient { BaseAddress = world.Sandbox.BaseAddress };

        var added = await (await sandbox.PostAsJsonAsync("sandbox/transactions",
            new { date = world.Today.AddDays(-2), amount = 42.17m, description = "Corner Bakery – ®" })).Content.ReadFromJsonAsync<JsonObject>();
        (await sandbox.PatchAsJsonAsync($"sandbox/transactions/{(long)edited["userTransactionId"]!}", new { amount = 999.99m })).EnsureSuccessStatusCode();
        (await sandbox.DeleteAsync($"sandbox/transactions/{(long)removed["userTransactionId"]!}")).EnsureSuccessStatusCode();
        var settled = await (await sandbox.PostAsync($"sandbox/transactions/{(long)pending["userTransactionId"]!}/settle", null)).Content.ReadFromJsonAsync<JsonObject>();

        // Served from the store: nothing changed yet.
        var stale = await RowsAsync(world, start);
        Assert.Equal(before.Select(Id), stale.Select(Id));

        await world.SyncAsync();

        var after = await RowsAsync(world, start);
        var ids = after.Select(Id).ToList();
        Assert.Contains((long)added!["id"]!, ids);
        Assert.Contains((long)settled!["id"]!, ids);
        Assert.DoesNotContain(Id(pending), ids);
        Assert.DoesNotContain(Id(removed), ids);
        Assert.Equal(999.99m, (decimal)after.Single(r => Id(r) == Id(edited))["amount"]!);
        Assert.Equal(before.Count + 1 - 1, after.Count); // one added, one removed, the settled row replaced its pending one
        Assert.Equal("Corner Bakery – ®", (string?)after.Single(r => Id(r) == (long)added["id"]!)["description"]);

        var run = world.Service.Services.GetRequiredService<ISyncStatusSource>().Current.LastRun!;
        Assert.Equal((2, 1, 2), (run.Added, run.Changed, run.Removed)); // new + settled; edited; deleted + pending
        Assert.Equal((await world.Raw.TransactionsAsync(world.Sandbox.Data.HistoryStart, world.Today)).Count,
            world.Service.Services.GetRequiredService<ISyncStatusSource>().Current.Counts.Transactions);
    }

    [Fact]
    public async Task With_the_upstream_gone_every_legacy_route_still_answers_from_the_store()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: SyncMode);
        await world.SyncAsync();
        var requests = RouteCatalog.Requests(world.Today).ToList();
        var expected = new Dictionary<string, string>();
        foreach (var request in requests)
        {
            expected[request.Path] = await world.Service.Client.GetStringAsync(request.Path);
        }

        await world.Sandbox.DisposeAsync();

        foreach (var request in requests)
        {
            using var response = await world.Service.Client.GetAsync(request.Path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{request}: {(int)response.StatusCode}");
            Assert.Equal(expected[request.Path], await response.Content.ReadAsStringAsync());
        }
    }

    [Fact]
    public async Task Answers_from_the_store_carry_validators_and_a_matching_etag_gets_304_until_the_data_changes()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: SyncMode);
        await world.SyncAsync();
        var calls = world.UpstreamCalls;

        using var first = await world.Service.Client.GetAsync("accounts");
        var tag = first.Headers.ETag;
        Assert.NotNull(tag);
        Assert.NotNull(first.Content.Headers.LastModified);
        using var again = new HttpRequestMessage(HttpMethod.Get, "accounts") { Headers = { IfNoneMatch = { tag! } } };
        using var notModified = await world.Service.Client.SendAsync(again);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        using var otherRoute = await world.Service.Client.GetAsync("trans/30");
        Assert.NotEqual(tag, otherRoute.Headers.ETag);
        Assert.Equal(calls, world.UpstreamCalls); // served without asking the upstream

        using var sandbox = new HttpClient { BaseAddress = world.Sandbox.BaseAddress };
        (await sandbox.PostAsJsonAsync("sandbox/transactions", new { date = world.Today.AddDays(-1), amount = 5m, description = "Coffee" })).EnsureSuccessStatusCode();
        await world.SyncAsync();
        using var afterChange = new HttpRequestMessage(HttpMethod.Get, "trans/30") { Headers = { IfNoneMatch = { otherRoute.Headers.ETag! } } };
        using var changed = await world.Service.Client.SendAsync(afterChange);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(otherRoute.Headers.ETag, changed.Headers.ETag);
    }

    [Fact]
    public async Task A_range_older_than_the_store_is_fetched_live_once_and_then_kept_with_its_history()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: SyncMode);
        await StopFirstSyncAtStepAsync(world, 2); // this year and last year stored; the data goes back further
        var coverage = world.Service.Services.GetRequiredService<ISyncStatusSource>().Current.Coverage!;
        var older = coverage.Start.AddDays(-200);
        var calls = TransactionCalls(world);

        var path = $"trans/{RawUpstream.Wire(older)}/{RawUpstream.Wire(coverage.Start.AddDays(10))}";
        var first = await world.Service.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(calls + 1, TransactionCalls(world));
        Assert.Equal(HttpStatusCode.OK, (await world.Service.Client.GetAsync(path)).StatusCode);
        Assert.Equal(calls + 1, TransactionCalls(world));
        Assert.Equal(older, world.Service.Services.GetRequiredService<ISyncStatusSource>().Current.Coverage!.Start);
        Assert.Equal((await world.Raw.TransactionsAsync(older, coverage.Start.AddDays(10))).Select(r => (long)r["userTransactionId"]!),
            (await first.Content.ReadFromJsonAsync<JsonArray>())!.Select(r => (long)r!["userTransactionId"]!));

        // The histories of those days came with them: net worth of the older range is served from the store too.
        var histories = world.Sandbox.Stats["/api/account/getHistories"];
        var networth = await world.Service.Client.GetFromJsonAsync<JsonArray>(
            $"v1/networth?start={RawUpstream.Wire(older)}&end={RawUpstream.Wire(coverage.Start.AddDays(-1))}");
        Assert.Contains(networth!, row => DateOnly.Parse((string)row!["date"]!) < coverage.Start);
        Assert.Equal(histories, world.Sandbox.Stats["/api/account/getHistories"]);
    }

    private static async Task StopFirstSyncAtStepAsync(RouteWorld world, int step)
    {
        var tracker = world.Service.Services.GetRequiredService<SyncStatusTracker>();
        using var stop = new CancellationTokenSource();
        void Stop(SyncProgress p)
        {
            if (p.Step == step)
            {
                stop.Cancel();
            }
        }
        tracker.Progressed += Stop;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => world.Service.Services.GetRequiredService<OwnerSync>().RunAsync(stop.Token));
        tracker.Progressed -= Stop;
    }

    [Fact]
    public async Task Post_v1_sync_starts_one_and_get_shows_it()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: SyncMode);
        var before = await world.Service.Client.GetFromJsonAsync<JsonObject>("v1/sync");
        Assert.Null(before!["coverage"]);

        using var accepted = await world.Service.Client.PostAsync("v1/sync", null);
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);

        JsonObject? status = null;
        for (var i = 0; i < 300 && status?["lastRun"] is null; i++)
        {
            await Task.Delay(100);
            status = await world.Service.Client.GetFromJsonAsync<JsonObject>("v1/sync");
        }
        Assert.NotNull(status?["lastRun"]);
        Assert.Equal("idle", (string?)status!["state"]);
        Assert.NotNull(status["lastSuccessAt"]);
        Assert.Null(status["lastError"]);
        using var anonymous = world.Service.NewClient(null, null);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsync("v1/sync", null)).StatusCode);
    }

    [Fact]
    public async Task A_sync_stopped_half_way_keeps_its_chunks_and_the_next_one_completes()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: SyncMode);
        var tracker = world.Service.Services.GetRequiredService<SyncStatusTracker>();
        using var stop = new CancellationTokenSource();
        tracker.Progressed += p =>
        {
            if (p.Step == 2)
            {
                stop.Cancel();
            }
        };

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            world.Service.Services.GetRequiredService<OwnerSync>().RunAsync(stop.Token));

        var partial = tracker.Current;
        Assert.NotNull(partial.Coverage);
        Assert.True(partial.Coverage!.Start > world.Sandbox.Data.HistoryStart, "the history is not complete yet");
        Assert.True(partial.Counts.Transactions > 0);

        Assert.Equal(SyncOutcome.Completed, await world.SyncAsync());
        var done = tracker.Current;
        Assert.True(done.Coverage!.Start <= world.Sandbox.Data.HistoryStart);
        Assert.Equal((await world.Raw.TransactionsAsync(world.Sandbox.Data.HistoryStart, world.Today)).Count, done.Counts.Transactions);
    }

    [Theory]
    [InlineData("Live")]
    [InlineData("Sync")] // before the first sync, the store cannot answer yet
    public async Task Identical_concurrent_requests_that_must_go_live_share_one_upstream_call(string mode)
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow,
            sandboxOptions: o => o.Faults.Latency = TimeSpan.FromMilliseconds(300),
            settings: new Dictionary<string, string?> { ["Store:Mode"] = mode });
        var transactions = TransactionCalls(world);
        var accounts = world.Sandbox.Stats["/api/newaccount/getAccounts"];

        var answers = await Task.WhenAll(Enumerable.Range(0, 20).Select(i =>
            world.Service.Client.GetStringAsync(i % 2 == 0 ? "trans/30" : "accounts")));

        Assert.Equal(transactions + 1, TransactionCalls(world));
        Assert.Equal(accounts + 1, world.Sandbox.Stats["/api/newaccount/getAccounts"]);
        Assert.Single(answers.Where((_, i) => i % 2 == 0).Distinct());
    }

    private static long Id(JsonNode? row) => (long)row!["userTransactionId"]!;

    private static async Task<List<JsonObject>> RowsAsync(RouteWorld world, DateOnly start) =>
        [.. (await world.Service.Client.GetFromJsonAsync<JsonArray>($"trans/{RawUpstream.Wire(start)}/{RawUpstream.Wire(world.Today)}"))!.OfType<JsonObject>()];
}
