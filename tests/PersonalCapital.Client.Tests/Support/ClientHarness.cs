using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PersonalCapital.Sandbox;

namespace PersonalCapital.Client.Tests.Support;

/// <summary>
/// One client built the way the service builds it: a service collection with logging (every category recorded at
/// Trace) and <see cref="PersonalCapitalServiceCollectionExtensions.AddPersonalCapitalClient"/>, pointed at a sandbox.
/// Each harness is a separate "process": its own cookie jar, csrf and session state; only the session file is shared
/// when two harnesses are given the same path.
/// </summary>
internal sealed class ClientHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private ClientHarness(ServiceProvider services, RecordingLoggerProvider logs)
    {
        _services = services;
        Logs = logs;
        Client = services.GetRequiredService<PersonalCapitalClient>();
    }

    public PersonalCapitalClient Client { get; }

    public RecordingLoggerProvider Logs { get; }

    public PersonalCapitalOptions Options => _services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value;

    public IServiceProvider Services => _services;

    /// <param name="sessionFile">A path in a test's own temporary folder.</param>
    /// <param name="configure">Applied after the defaults: the demo credentials and quick retries.</param>
    /// <param name="time">Registered as the client's <see cref="TimeProvider"/> when given.</param>
    /// <param name="services">Further registrations, made after the client's.</param>
    public static ClientHarness Create(
        SandboxServer sandbox,
        string sessionFile,
        Action<PersonalCapitalOptions>? configure = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null) =>
        Create(sandbox.BaseAddress, sessionFile, configure, time, services);

    public static ClientHarness Create(
        Uri baseUrl,
        string sessionFile,
        Action<PersonalCapitalOptions>? configure = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? extraServices = null)
    {
        var logs = new RecordingLoggerProvider();
        var services = new ServiceCollection();
        // The options bind the PersonalCapital section; a host always has a configuration, here it is empty.
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().Build());
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(logs));
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        services.AddPersonalCapitalClient(options =>
        {
            options.BaseUrl = baseUrl;
            options.Username = Sandboxes.Username;
            options.Password = Sandboxes.Password;
            options.CredentialsFile = "";
            options.SessionFile = sessionFile;
            options.RequestTimeout = TimeSpan.FromSeconds(20);
            options.Retry.BaseDelay = TimeSpan.FromMilliseconds(1);
            options.Retry.MaxDelay = TimeSpan.FromMilliseconds(20);
            options.Retry.MaxAttempts = 8;
            options.Retry.TotalTimeout = TimeSpan.FromSeconds(60);
            configure?.Invoke(options);
        });
        extraServices?.Invoke(services);
        return new ClientHarness(services.BuildServiceProvider(), logs);
    }

    public ValueTask DisposeAsync() => _services.DisposeAsync();
}
