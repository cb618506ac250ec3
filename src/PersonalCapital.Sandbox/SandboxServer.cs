using PersonalCapital.Sandbox.Data;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using PersonalCapital.Sandbox.Control;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox;

/// <summary>
/// A sandbox running in this process on a free loopback port, for tests and for the service's <c>--sandbox</c> mode.
/// It reads no configuration of its own: everything comes from the <see cref="SandboxOptions"/> given.
/// </summary>
public sealed class SandboxServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private SandboxServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Root of the sandbox, e.g. <c>http://127.0.0.1:43117/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The codes challenges expect, as they are issued.</summary>
    public ChallengeCodes Codes => _app.Services.GetRequiredService<ChallengeCodes>();

    /// <summary>The demo data this sandbox serves (before any control-route edits).</summary>
    public DemoDataset Data => _app.Services.GetRequiredService<Data.DataApi>().Data;

    /// <summary>Calls per upstream path since start (also served at <c>GET /sandbox/stats</c>).</summary>
    public CallStats Stats => _app.Services.GetRequiredService<CallStats>();

    /// <param name="options">Sandbox settings; defaults when null.</param>
    /// <param name="timeProvider">Clock for session age, lockout and "today" of the demo data.</param>
    /// <param name="configureLogging">Where the sandbox logs; silent when null.</param>
    /// <exception cref="ArgumentOutOfRangeException">The demo data options (Years, Volume) are out of range.</exception>
    public static async Task<SandboxServer> StartAsync(
        SandboxOptions? options = null,
        TimeProvider? timeProvider = null,
        Action<ILoggingBuilder>? configureLogging = null,
        CancellationToken cancellationToken = default)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(SandboxServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Configuration.Sources.Clear();
        builder.Logging.ClearProviders();
        configureLogging?.Invoke(builder.Logging);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        if (timeProvider is not null)
        {
            builder.Services.AddSingleton(timeProvider);
        }
        builder.Services.AddSandbox(options ?? new SandboxOptions());

        var app = builder.Build();
        try
        {
            app.MapSandbox();
            await app.StartAsync(cancellationToken);
        }
        catch
        {
            // A sandbox that cannot start (e.g. demo data options out of range) leaves nothing behind.
            await app.DisposeAsync();
            throw;
        }
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.Single();
        return new SandboxServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
