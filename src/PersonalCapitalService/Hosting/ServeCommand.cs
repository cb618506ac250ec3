using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;
using PersonalCapitalService.Cli;
using PersonalCapitalService.Sandbox;

namespace PersonalCapitalService.Hosting;

/// <summary>
/// Runs the service until stopped. A configuration mistake (or a port already taken) ends it at once with one clear
/// sentence and exit code 2, not a stack trace.
/// </summary>
internal static class ServeCommand
{
    public static async Task<int> RunAsync(CommandLine command)
    {
        SandboxMode? sandbox = null;
        try
        {
            if (command.Sandbox)
            {
                var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(command.HostArgs).Build();
                sandbox = await SandboxMode.StartAsync(configuration, CancellationToken.None);
            }
            var app = ServiceApplication.Build(command.HostArgs, sandbox);
            // Fail at start, not at the first request, when the upstream credentials cannot be read.
            CredentialsLoader.Load(app.Services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value);
            await app.StartAsync();
            if (sandbox is not null)
            {
                PrintSandboxBanner(app);
            }
            var interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected;
            ITwoFactorCodeSource? codes = sandbox is not null ? sandbox : interactive ? new ConsoleCodeSource(Console.In, Console.Out) : null;
            await app.Services.GetRequiredService<StartupLogin>().RunAsync(codes, app.Lifetime.ApplicationStopping);
            await app.WaitForShutdownAsync();
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is OptionsValidationException or SecretFileException or CredentialException
            or InvalidOperationException or IOException)
        {
            Console.Error.WriteLine($"Start-up failed: {e.Message}");
            return ExitCodes.Misconfigured;
        }
        finally
        {
            if (sandbox is not null)
            {
                await sandbox.DisposeAsync();
            }
        }
    }

    private static void PrintSandboxBanner(WebApplication app)
    {
        var url = app.Urls.First().Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal);
        var auth = app.Services.GetRequiredService<IOptions<Authentication.BasicAuthSettings>>().Value;
        Console.WriteLine($"""

            PersonalCapitalService is running against the sandbox (a local emulator of Empower with demo data).
              URL:         {url}
              Basic auth:  {auth.Username} / {auth.Password}
              Try:         curl -u {auth.Username}:{auth.Password} {url}/accounts
                           curl -u {auth.Username}:{auth.Password} {url}/trans/30
              Health:      {url}/health/ready
            Press Ctrl+C to stop.

            """);
    }
}
