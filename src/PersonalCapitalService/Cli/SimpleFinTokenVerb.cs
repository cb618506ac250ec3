using Microsoft.Extensions.Options;
using PersonalCapitalService.SimpleFin;
using PersonalCapitalService.SimpleFin.Access;

namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>simplefin-token</c>: makes a one-time SimpleFIN setup token and prints only the token on stdout (for pasting into
/// Actual, the Firefly III importer, Home Assistant…); when it expires goes to stderr. Needs <c>SimpleFin__PublicUrl</c>:
/// the token names the address consumers will claim it at, and a verb has no request to guess it from.
/// </summary>
internal static class SimpleFinTokenVerb
{
    public static async Task<int> RunAsync(string[] hostArgs, TextWriter output, TextWriter error)
    {
        try
        {
            using var host = VerbHost.Build(hostArgs, builder => builder.Services.AddSimpleFinAccess());
            var settings = host.Services.GetRequiredService<IOptions<SimpleFinSettings>>().Value;
            if (settings.PublicUrl is null)
            {
                error.WriteLine("Set SimpleFin__PublicUrl to the address SimpleFIN apps reach this service at (e.g. https://bridge.example.net) first.");
                return ExitCodes.Misconfigured;
            }
            var expiresAt = host.Services.GetRequiredService<TimeProvider>().GetUtcNow() + settings.SetupTokenLifetime;
            var token = await host.Services.GetRequiredService<ISimpleFinAccessStore>().CreateSetupTokenAsync(expiresAt, CancellationToken.None);
            output.WriteLine(new SimpleFinUrls(settings.PublicUrl).SetupToken(token));
            error.WriteLine($"One claim, before {expiresAt.UtcDateTime:yyyy-MM-dd HH:mm} UTC.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is OptionsValidationException or IOException or UnauthorizedAccessException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Misconfigured;
        }
    }
}
