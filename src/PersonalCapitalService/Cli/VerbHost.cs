using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;

namespace PersonalCapitalService.Cli;

/// <summary>
/// The configuration and upstream client of a one-shot verb: the same sources as the service (appsettings, environment,
/// command line, <c>_FILE</c> secrets), logging only warnings and only to stderr so stdout stays the verb's answer.
/// </summary>
internal static class VerbHost
{
    public static IHost Build(string[] hostArgs, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(hostArgs);
        builder.Configuration.AddSecretFiles();
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddPersonalCapitalClient();
        configure?.Invoke(builder);
        return builder.Build();
    }
}
