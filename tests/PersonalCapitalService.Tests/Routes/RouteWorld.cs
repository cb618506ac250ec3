using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Sandbox;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// A sandbox and the real service on one fake clock (so the demo data ends on the day the routes count from), the
/// service logged in, and an independent raw client logged in to the same sandbox.
/// </summary>
internal sealed class RouteWorld : IAsyncDisposable
{
    private RouteWorld(FakeTimeProvider clock, SandboxServer sandbox, RunningService service, RawUpstream raw)
    {
        Clock = clock;
        Sandbox = sandbox;
        Service = service;
        Raw = raw;
    }

    public FakeTimeProvider Clock { get; }

    public SandboxServer Sandbox { get; }

    public RunningService Service { get; }

    public RawUpstream Raw { get; }

    /// <summary>The service's "today": the local date of its clock.</summary>
    public DateOnly Today => DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);

    /// <summary>One sync of the sandbox into the service's store, as the background job runs it.</summary>
    public Task<PersonalCapitalService.Sync.SyncOutcome> SyncAsync() =>
        Service.Services.GetRequiredService<PersonalCapitalService.Sync.OwnerSync>().RunAsync(CancellationToken.None);

    /// <summary>Upstream calls of every kind since the sandbox started.</summary>
    public int UpstreamCalls => Sandbox.Stats.Snapshot().Values.Sum();

    public static async Task<RouteWorld> StartAsync(
        DateTimeOffset now,
        Action<SandboxOptions>? sandboxOptions = null,
        IDictionary<string, string?>? settings = null,
        bool logIn = true)
    {
        var clock = new FakeTimeProvider(now);
        var sandbox = await TestSandbox.StartAsync(sandboxOptions, clock);
        RunningService? service = null;
        try
        {
            service = await RunningService.StartAsync(sandbox, settings, clock);
            if (logIn)
            {
                await service.LogInAsync();
            }
            var raw = await RawUpstream.LogInAsync(sandbox);
            return new RouteWorld(clock, sandbox, service, raw);
        }
        catch
        {
            if (service is not null)
            {
                await service.DisposeAsync();
            }
            await sandbox.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        Raw.Dispose();
        await Service.DisposeAsync();
        await Sandbox.DisposeAsync();
    }
}

/// <summary>
/// One world for a whole test class whose tests only read: the demo data and the session never change. The service
/// serves from its store, filled by one sync before the first test (the legacy answers must not change with it).
/// </summary>
public sealed class SharedRouteWorld : IAsyncLifetime
{
    private RouteWorld? _world;

    internal RouteWorld World => _world ?? throw new InvalidOperationException("not started");

    public async Task InitializeAsync()
    {
        _world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: new Dictionary<string, string?> { ["Store:Mode"] = "Sync" });
        await _world.SyncAsync();
    }

    public async Task DisposeAsync()
    {
        if (_world is not null)
        {
            await _world.DisposeAsync();
        }
    }
}

/// <summary>
/// The read-only route test classes share one world and, being one collection, run one after the other, so the
/// upstream call counts one of them reads are never moved by another.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RouteWorldCollection : ICollectionFixture<SharedRouteWorld>
{
    public const string Name = "Shared route world";
}
