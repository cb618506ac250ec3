using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Tests.Routes;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Metrics;

/// <summary>
/// /metrics scraped and parsed: session state, upstream calls by operation and outcome, logins, request duration by
/// route, the sync gauges, built-in meters; behind Basic unless Metrics__Anonymous. Meters are process-wide, so these
/// tests run alone (no other service in the process moves the counters meanwhile).
/// </summary>
[Collection(MetricsCollection.Name)]
public sealed class MetricsTests
{
    [Fact]
    public async Task A_scrape_shows_the_session_upstream_calls_by_operation_and_outcome_and_requests_by_route()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        await service.LogInAsync();
        var before = await ScrapeAsync(service.Client);

        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("accounts")).StatusCode);
        var after = await ScrapeAsync(service.Client);

        Assert.Equal(1, after.Value("pcs_session_state", ("state", "authenticated")));
        Assert.Equal(0, after.Value("pcs_session_state", ("state", "needs_second_factor")));
        Assert.Equal("counter", after.Types["pcs_upstream_calls_total"]);
        var calls = ("operation", "newaccount/getAccounts");
        Assert.Equal(1, after.Sum("pcs_upstream_calls_total", calls, ("outcome", "success")) - before.Sum("pcs_upstream_calls_total", calls, ("outcome", "success")));
        Assert.True(after.Sum("pcs_logins_total", ("kind", "interactive"), ("outcome", "authenticated")) >= 1);
        Assert.True(after.Sum("http_server_request_duration_seconds_count", ("http_route", "/accounts")) >= 1);
        Assert.InRange(after.Value("pcs_upstream_last_success_age_seconds")!.Value, 0, 60);
        Assert.Contains(after.Samples, s => s.Name.StartsWith("dotnet_gc_", StringComparison.Ordinal));
        Assert.Contains(after.Samples, s => s.Name.StartsWith("kestrel_", StringComparison.Ordinal));
        Assert.Null(after.Value("pcs_sync_last_success_age_seconds"));
    }

    [Fact]
    public async Task A_failed_login_moves_the_login_counter_and_the_session_state()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            ["PersonalCapital:Password"] = "a-made-up-wrong-password",
        });
        var before = await ScrapeAsync(service.Client);

        await Assert.ThrowsAnyAsync<Exception>(service.LogInAsync);
        var after = await ScrapeAsync(service.Client);

        var rejected = ("outcome", "credentials_rejected");
        Assert.Equal(1, after.Sum("pcs_logins_total", rejected) - before.Sum("pcs_logins_total", rejected));
        Assert.Equal(1, after.Value("pcs_session_state", ("state", "credentials_rejected")));
    }

    [Fact]
    public async Task The_sync_gauges_move_after_a_sync_and_after_a_failed_one()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: new Dictionary<string, string?> { ["Store:Mode"] = "Sync" });
        var client = world.Service.Client;
        var before = await ScrapeAsync(client);
        Assert.Null(before.Value("pcs_sync_last_run_rows", ("change", "added")));

        await world.SyncAsync();
        var synced = await ScrapeAsync(client);

        var stored = world.Service.Services.GetRequiredService<ISyncStatusSource>().Current.Counts.Transactions;
        Assert.True(stored > 0);
        Assert.Equal(stored, synced.Value("pcs_sync_last_run_rows", ("change", "added")));
        Assert.Equal(0, synced.Value("pcs_sync_last_run_rows", ("change", "removed")));
        Assert.Equal(1, synced.Value("pcs_sync_state", ("state", "idle")));
        Assert.True(synced.Value("pcs_sync_last_run_duration_seconds") >= 0);
        // The service's clock is a fake one that stands still: the last success is exactly "now".
        Assert.Equal(0, synced.Value("pcs_sync_last_success_age_seconds"));

        world.Clock.Advance(TimeSpan.FromMinutes(10));
        await world.Sandbox.DisposeAsync();
        await Assert.ThrowsAnyAsync<Exception>(world.SyncAsync);
        var failed = await ScrapeAsync(client);

        Assert.Equal(1, failed.Value("pcs_sync_state", ("state", "failed")));
        Assert.Equal(0, failed.Value("pcs_sync_state", ("state", "idle")));
        Assert.Equal(600, failed.Value("pcs_sync_last_success_age_seconds"));
        Assert.Equal(0, failed.Value("pcs_sync_last_run_rows", ("change", "added")));
        Assert.True(failed.Sum("pcs_upstream_calls_total", ("outcome", "transport")) > 0);
    }

    [Fact]
    public async Task Metrics_need_the_owner_unless_anonymous_is_set()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using (var guarded = await RunningService.StartAsync(sandbox))
        {
            using var anonymous = guarded.NewClient(null, null);
            Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("metrics")).StatusCode);
        }
        await using var open = await RunningService.StartAsync(sandbox, new Dictionary<string, string?> { ["Metrics:Anonymous"] = "true" });
        using var scraper = open.NewClient(null, null);
        var response = await scraper.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("pcs_session_state", await response.Content.ReadAsStringAsync());
    }

    private static async Task<PrometheusText> ScrapeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("metrics");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("text/plain", response.Content.Headers.ContentType?.MediaType);
        return PrometheusText.Parse(await response.Content.ReadAsStringAsync());
    }
}

/// <summary>Meters are process-wide: the metrics tests run after the others, one at a time.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MetricsCollection
{
    public const string Name = "Metrics, alone";
}
