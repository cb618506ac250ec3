using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;
using PersonalCapitalService.Cli;
using PersonalCapitalService.Logging;
using PersonalCapitalService.Sandbox;

namespace PersonalCapitalService.Hosting;

/// <summary>
/// Runs the service until stopped. A configuration mistake (or a port already taken, or a session file it may not
/// read) ends it at once with one clear sentence and exit code 2, not a stack trace (<see cref="StartupFailures"/>).
/// </summary>
internal static partial class ServeCommand
{
    public static async Task<int> RunAsync(CommandLine command)
    {
        SandboxMode? sandbox = null;
        WebApplication? app = null;
        try
        {
            if (command.Sandbox)
            {
                var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(command.HostArgs).Build();
                sandbox = await SandboxMode.StartAsync(configuration, CancellationToken.None);
            }
            app = ServiceApplication.Build(command.HostArgs, sandbox);
            // Fail at start, not at the first request, when the upstream credentials cannot be read.
            CredentialsLoader.Load(app.Services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value);
            await app.StartAsync();
            if (sandbox is not null)
            {
                TellSandboxBanner(app, sandbox);
            }
            var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
            ITwoFactorCodeSource? codes = sandbox is not null ? sandbox : interactive ? new ConsoleCodeSource(Console.In, Console.Out) : null;
            await app.Services.GetRequiredService<StartupLogin>().RunAsync(codes, app.Lifetime.ApplicationStopping);
            await app.WaitForShutdownAsync();
            return ExitCodes.Success;
        }
        catch (Exception e) when (StartupFailures.Describe(e) is { } sentence)
        {
            Console.Error.WriteLine($"Start-up failed: {sentence}");
            return ExitCodes.Misconfigured;
        }
        finally
        {
            if (app is not null)
            {
                await app.DisposeAsync();
            }
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }
        }
    }

    /// <summary>What to curl: plain text for a terminal, or one log event (and the codes as events) when logs are JSON.</summary>
    private static void TellSandboxBanner(WebApplication app, SandboxMode sandbox)
    {
        var url = app.Urls.First().Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal);
        var auth = app.Services.GetRequiredService<IOptions<Authentication.BasicAuthSettings>>().Value;
        // The demo password is shown; one the owner configured is a secret even in a demo.
        var password = auth.Password == SandboxMode.DemoBasicPassword ? auth.Password : "<BasicAuth__Password>";
        if (LogFormats.Read(app.Configuration, app.Environment) == LogFormat.Json)
        {
            var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PersonalCapitalService.Sandbox");
            sandbox.TellCodesTo(logger);
            LogSandboxBanner(logger, url, $"{auth.Username} / {password}", $"curl -u {auth.Username}:{password} {url}/accounts");
            return;
        }
        Console.WriteLine($"""

            PersonalCapitalService is running against the sandbox (a local emulator of Empower with demo data).
              URL:         {url}
              Basic auth:  {auth.Username} / {password}
              Try:         curl -u {auth.Username}:{password} {url}/accounts
                           curl -u {auth.Username}:{password} {url}/trans/30
              Health:      {url}/health/ready
            Press Ctrl+C to stop.

            """);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Running against the sandbox (a local emulator of Empower with demo data) at {Url:l}, Basic auth {BasicAuth:l}; try {Try:l}")]
    private static partial void LogSandboxBanner(ILogger logger, string url, string basicAuth, string @try);
}
