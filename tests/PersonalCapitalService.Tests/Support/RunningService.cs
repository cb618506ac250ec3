using System.Net.Http.Headers;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PersonalCapital.Client;
using PersonalCapital.Sandbox;
using PersonalCapitalService.Hosting;

namespace PersonalCapitalService.Tests.Support;

/// <summary>
/// The real service (the same composition as Program) on Kestrel, on a free loopback port, talking to a sandbox over
/// HTTP. Settings are made-up credentials and a session file in a temp folder; every log line is recorded.
/// </summary>
internal sealed class RunningService : IAsyncDisposable
{
    public const string BasicUser = "bridge-user";
    public const string BasicPassword = "made-up-bridge-password";

    private readonly WebApplication _app;
    private readonly TemporaryFolder _folder;

    private RunningService(WebApplication app, TemporaryFolder folder, RecordingLoggerProvider logs)
    {
        _app = app;
        _folder = folder;
        Logs = logs;
        BaseAddress = new Uri(app.Urls.First().TrimEnd('/') + "/");
        Client = NewClient(BasicUser, BasicPassword);
    }

    public Uri BaseAddress { get; }

    /// <summary>An HTTP client that sends the right Basic credentials.</summary>
    public HttpClient Client { get; }

    public RecordingLoggerProvider Logs { get; }

    public IServiceProvider Services => _app.Services;

    public PersonalCapitalClient Upstream => _app.Services.GetRequiredService<PersonalCapitalClient>();

    public string SessionFile => _folder.File("session.json");

    /// <param name="sandbox">The upstream.</param>
    /// <param name="settings">Extra or replaced configuration keys (Section:Key).</param>
    /// <param name="time">Clock of the service (today, session age); the system clock when null.</param>
    /// <param name="services">Last word on the services.</param>
    /// <param name="url">Where to listen; port 0 picks a free one.</param>
    public static async Task<RunningService> StartAsync(
        SandboxServer sandbox,
        IDictionary<string, string?>? settings = null,
        TimeProvider? time = null,
        Action<IServiceCollection>? services = null,
        string url = "http://127.0.0.1:0")
    {
        var folder = new TemporaryFolder();
        var logs = new RecordingLoggerProvider();
        var configuration = new Dictionary<string, string?>
        {
            ["PersonalCapital:BaseUrl"] = sandbox.BaseAddress.AbsoluteUri,
            ["PersonalCapital:Username"] = TestSandbox.Username,
            ["PersonalCapital:Password"] = TestSandbox.Password,
            ["PersonalCapital:SessionFile"] = folder.File("session.json"),
            ["PersonalCapital:Retry:BaseDelay"] = "00:00:00.010",
            ["PersonalCapital:Retry:MaxDelay"] = "00:00:00.100",
            ["BasicAuth:Username"] = BasicUser,
            ["BasicAuth:Password"] = BasicPassword,
            ["Refresh:Interval"] = "01:00:00",
            ["Store:ConnectionString"] = $"Data Source={folder.File("pcs.db")}",
            // Tests of the request path go live unless they ask for the store (Store:Mode=Sync).
            ["Store:Mode"] = "Live",
            ["Sync:Interval"] = "01:00:00",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }
        var app = ServiceApplication.Build(["--urls", url, "--environment", "Production"], configure: builder =>
        {
            builder.Configuration.AddInMemoryCollection(configuration);
            builder.Logging.AddProvider(logs);
            builder.Logging.SetMinimumLevel(LogLevel.Trace);
            if (time is not null)
            {
                builder.Services.AddSingleton(time);
            }
            services?.Invoke(builder.Services);
        });
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            folder.Dispose();
            throw;
        }
        return new RunningService(app, folder, logs);
    }

    /// <summary>A client with the given Basic credentials (null: none).</summary>
    public HttpClient NewClient(string? user, string? password)
    {
        var http = new HttpClient { BaseAddress = BaseAddress };
        if (user is not null)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }
        return http;
    }

    /// <summary>Logs the upstream in the way a human would, with the sandbox's fixed code.</summary>
    public async Task LogInAsync()
    {
        if (await Upstream.BeginLoginAsync() == PersonalCapital.Client.Login.LoginProgress.NeedsSecondFactor)
        {
            await Upstream.SendChallengeAsync(PersonalCapital.Client.Login.TwoFactorMethod.Sms);
            await Upstream.CompleteLoginAsync(TestSandbox.Code);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        _folder.Dispose();
    }
}
