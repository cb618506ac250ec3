using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;

namespace PersonalCapitalService.Cli;

/// <summary>
/// The configuration and upstream client of a one-shot verb: the same sources as the service (appsettings, environment,
/// command line, <c>_FILE</c> secrets), logging only warnings, to stderr at once (<see cref="VerbLogging"/>), so stdout stays the verb's answer.
/// </summary>
internal static class VerbHost
{
    public static IHost Build(string[] hostArgs, Action<IHostApplicationBuilder>? configure = null)
    {
        var builder = Host.CreateApplicationBuilder(hostArgs);
        builder.Configuration.AddSecretFiles();
        builder.Logging.ClearProviders();
        builder.Logging.AddProvider(new VerbLogging(Console.Error));
        // The session's state changes and failed logins are what the verb itself reports, in its own words (a
        // "log in with the login verb" hint would only confuse the owner who is running it).
        builder.Logging.AddFilter("PersonalCapital.Client.Login.SessionManager", LogLevel.Error);
        builder.Services.AddPersonalCapitalClient();
        configure?.Invoke(builder);
        return builder.Build();
    }
}
