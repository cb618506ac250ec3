using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;
using PersonalCapital.Client.Transport;

namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>import-session</c>: the fallback when automated sign-in is blocked. Reads from stdin the <c>Cookie</c> request
/// header of a browser tab signed in to the dashboard (first line) and, optionally, its csrf token (second line);
/// checks them with one cheap upstream call and saves them as the session. Typed without echo at a terminal; never
/// printed or logged.
/// </summary>
internal static class ImportSessionVerb
{
    public static async Task<int> RunAsync(CommandLine command, TextReader input, TextWriter output, TextWriter error)
    {
        var header = SecretInput.Read(input, error, "Cookie header (not shown): ");
        if (string.IsNullOrWhiteSpace(header))
        {
            error.WriteLine("Nothing to import: give the browser's Cookie request header on stdin (see README, \"Import a session\").");
            return ExitCodes.Failed;
        }
        var csrf = SecretInput.Read(input, error, "csrf (optional, Enter to skip): ");
        try
        {
            using var host = VerbHost.Build(command.HostArgs);
            var options = host.Services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value;
            await host.Services.GetRequiredService<PersonalCapitalClient>().ImportSessionAsync(header, csrf);
            output.WriteLine($"Session imported and checked; saved to {options.SessionFile}.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is SecretFileException or OptionsValidationException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Misconfigured;
        }
        catch (FormatException e)
        {
            error.WriteLine($"Not imported: {e.Message}");
            return ExitCodes.Failed;
        }
        catch (UpstreamException e)
        {
            error.WriteLine($"Not imported: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
