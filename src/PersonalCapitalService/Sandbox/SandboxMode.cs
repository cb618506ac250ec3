using Microsoft.Extensions.Configuration.Memory;
using PersonalCapital.Client.Login;
using PersonalCapital.Sandbox;

namespace PersonalCapitalService.Sandbox;

/// <summary>
/// <c>--sandbox</c>: the whole service against an embedded sandbox on a free loopback port, so a fresh checkout runs
/// with nothing configured. The upstream settings point at the sandbox (demo login, a throw-away session file);
/// Basic auth is demo/demo unless configured. The sandbox's challenge codes are answered automatically, the way a
/// phone would receive them, and printed so the flow stays visible.
/// </summary>
internal sealed partial class SandboxMode : IAsyncDisposable, ITwoFactorCodeSource
{
    public const string DemoBasicUser = "demo";
    public const string DemoBasicPassword = "demo";

    private readonly SandboxServer _sandbox;
    private readonly SandboxOptions _options;
    private readonly string _stateFolder;

    // Where the sandbox's codes are told: plain lines on stdout, or log events once the service logs JSON.
    private ILogger? _codeLog;

    private SandboxMode(SandboxServer sandbox, SandboxOptions options, string stateFolder)
    {
        _sandbox = sandbox;
        _options = options;
        _stateFolder = stateFolder;
    }

    /// <summary>Starts the sandbox with the <c>Sandbox</c> section of <paramref name="configuration"/> (faults, seed, …).</summary>
    public static async Task<SandboxMode> StartAsync(IConfiguration configuration, CancellationToken cancellationToken)
    {
        var options = configuration.GetSection(SandboxOptions.SectionName).Get<SandboxOptions>() ?? new SandboxOptions();
        var sandbox = await SandboxServer.StartAsync(options, cancellationToken: cancellationToken);
        var folder = Directory.CreateTempSubdirectory("personalcapital-sandbox-").FullName;
        var mode = new SandboxMode(sandbox, options, folder);
        sandbox.Codes.Issued += code =>
        {
            if (mode._codeLog is { } log)
            {
                LogCode(log, code.Channel.ToString(), code.Username, code.Code);
            }
            else
            {
                Console.WriteLine($"[sandbox] {code.Channel} code for {code.Username}: {code.Code}");
            }
        };
        return mode;
    }

    /// <summary>From now on the sandbox's codes are log events of <paramref name="logger"/> (JSON logs), not plain lines.</summary>
    public void TellCodesTo(ILogger logger) => _codeLog = logger;

    /// <summary>Points the upstream client at the sandbox; defaults Basic auth to demo/demo (lowest precedence).</summary>
    public void Configure(IConfigurationBuilder configuration)
    {
        configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["BasicAuth:Username"] = DemoBasicUser,
                ["BasicAuth:Password"] = DemoBasicPassword,
            },
        });
        configuration.Add(new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["PersonalCapital:BaseUrl"] = _sandbox.BaseAddress.AbsoluteUri,
                ["PersonalCapital:Username"] = _options.Username,
                ["PersonalCapital:Password"] = _options.Password,
                ["PersonalCapital:SessionFile"] = Path.Combine(_stateFolder, "session.json"),
            },
        });
    }

    public ValueTask<string?> GetCodeAsync(TwoFactorMethod method, CancellationToken cancellationToken) =>
        ValueTask.FromResult(_sandbox.Codes.Last?.Code);

    // Demo codes of the sandbox, not secrets: printing them is what lets a newcomer follow the login.
    [LoggerMessage(Level = LogLevel.Information, Message = "[sandbox] {Channel:l} code for {Username:l}: {Code:l}")]
    private static partial void LogCode(ILogger logger, string channel, string username, string code);

    public async ValueTask DisposeAsync()
    {
        await _sandbox.DisposeAsync();
        Directory.Delete(_stateFolder, recursive: true);
    }
}
