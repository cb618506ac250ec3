using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Sandbox;
using PersonalCapital.Store;
using PersonalCapital.Store.Tests;
using PersonalCapitalService.Sync;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Sync;

/// <summary>Two instances of the service on one PostgreSQL database share one login and one sync at a time.</summary>
public sealed class TwoInstancesTests
{
    private const string Password = "/api/credential/authenticatePassword";
    private const string Transactions = "/api/transaction/getUserTransactions";

    [PostgresFact]
    public async Task Two_instances_share_one_login_run_one_sync_at_a_time_and_both_serve_its_data()
    {
        await using var db = await TestDatabase.CreateAsync(StoreProvider.Postgres);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await TestSandbox.StartAsync(time: clock);
        await using var a = await RunningService.StartAsync(sandbox, Settings(db), clock);
        await using var b = await RunningService.StartAsync(sandbox, Settings(db), clock);

        await a.LogInAsync();
        Assert.Equal(1, sandbox.Stats[Password]);
        // B finds A's session in the database: no login of its own.
        Assert.Equal(System.Net.HttpStatusCode.OK, (await b.Client.GetAsync("accounts")).StatusCode);
        Assert.Equal(1, sandbox.Stats[Password]);

        var outcomes = await Task.WhenAll(Sync(a), Sync(b));
        Assert.Equal([SyncOutcome.Completed, SyncOutcome.AlreadyRunning], outcomes.Order());
        var years = DateOnly.FromDateTime(clock.GetLocalNow().DateTime).Year - sandbox.Data.HistoryStart.Year + 1;
        Assert.Equal(years, sandbox.Stats[Transactions]);

        // Both serve the one store: the same answer, with no further upstream call.
        var calls = sandbox.Stats.Snapshot().Values.Sum();
        var fromA = await WhenServedFromStoreAsync(a);
        var fromB = await WhenServedFromStoreAsync(b);
        Assert.Equal(fromA, fromB);
        Assert.Equal(calls, sandbox.Stats.Snapshot().Values.Sum());

        // The upstream drops the session: both instances need it at once, and only one logs in again.
        using var control = new HttpClient { BaseAddress = sandbox.BaseAddress };
        (await control.PostAsync("sandbox/sessions/expire", null)).EnsureSuccessStatusCode();
        await Task.WhenAll(a.Upstream.GetAccountsAsync(), b.Upstream.GetAccountsAsync());
        Assert.Equal(2, sandbox.Stats[Password]);
    }

    [PostgresFact]
    public async Task An_instance_stopped_mid_sync_loses_nothing_and_another_finishes_the_work()
    {
        await using var db = await TestDatabase.CreateAsync(StoreProvider.Postgres);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await TestSandbox.StartAsync(time: clock);
        var a = await RunningService.StartAsync(sandbox, Settings(db), clock);
        await using var b = await RunningService.StartAsync(sandbox, Settings(db), clock);
        await a.LogInAsync();

        using var stop = new CancellationTokenSource();
        a.Services.GetRequiredService<SyncStatusTracker>().Progressed += p =>
        {
            if (p.Step == 2)
            {
                stop.Cancel();
            }
        };
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => a.Services.GetRequiredService<OwnerSync>().RunAsync(stop.Token));
        await a.DisposeAsync();

        Assert.Equal(SyncOutcome.Completed, await Sync(b));
        var status = b.Services.GetRequiredService<PersonalCapitalService.OwnerData.ISyncStatusSource>().Current;
        Assert.True(status.Coverage!.Start <= sandbox.Data.HistoryStart);
        using var raw = await Routes.RawUpstream.LogInAsync(sandbox);
        Assert.Equal((await raw.TransactionsAsync(sandbox.Data.HistoryStart, status.Coverage.End)).Count, status.Counts.Transactions);
    }

    private static Dictionary<string, string?> Settings(TestDatabase db) => new()
    {
        ["Store:Provider"] = "Postgres",
        ["Store:ConnectionString"] = db.Options.ConnectionString,
        ["Store:Mode"] = "Sync",
    };

    private static Task<SyncOutcome> Sync(RunningService service) =>
        service.Services.GetRequiredService<OwnerSync>().RunAsync(CancellationToken.None);

    /// <summary>The instance's /trans/30 once it has seen the store's data (it rereads the store's state every few seconds).</summary>
    private static async Task<string> WhenServedFromStoreAsync(RunningService service)
    {
        for (var i = 0; i < 100; i++)
        {
            var status = await service.Client.GetFromJsonAsync<JsonObject>("v1/sync");
            if (status!["coverage"] is not null)
            {
                return await service.Client.GetStringAsync("trans/30");
            }
            await Task.Delay(100);
        }
        throw new TimeoutException("the instance never saw the store's data");
    }
}
