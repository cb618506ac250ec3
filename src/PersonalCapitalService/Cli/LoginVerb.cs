using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Transport;
using PersonalCapitalService.LoginPage;

namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>login [sms|email|voice|totp]</c>: logs in once, reading the code from stdin (typed or piped:
/// <c>echo 123456 | … login</c>), saves the session and exits 0; a live session or a remembered device needs no code.
/// Any failure exits non-zero with one clear sentence on stderr.
/// </summary>
internal static class LoginVerb
{
    public static async Task<int> RunAsync(CommandLine command, TextReader input, TextWriter output, TextWriter error)
    {
        TwoFactorMethod? method = null;
        if (command.Arguments.Count > 0)
        {
            if (!TwoFactorMethodNames.TryParse(command.Arguments[0], out var named))
            {
                error.WriteLine($"Unknown second factor '{command.Arguments[0]}': use sms, email, voice or totp.");
                return ExitCodes.Misconfigured;
            }
            method = named;
        }
        try
        {
            using var host = VerbHost.Build(command.HostArgs);
            var options = host.Services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value;
            CredentialsLoader.Load(options);
            var codes = new ConsoleCodeSource(input, error);
            var client = host.Services.GetRequiredService<PersonalCapitalClient>();
            await client.LoginAsync(codes, method);
            if (client.SessionSaveProblem is { } problem)
            {
                // Logged in, but the one thing this verb is for, a saved session, did not happen.
                error.WriteLine(problem);
                return ExitCodes.Failed;
            }
            output.WriteLine(codes.Asked
                ? $"Logged in; session saved to {options.SessionFile}."
                : $"Logged in without a code (live session or remembered device); session saved to {options.SessionFile}.");
            return ExitCodes.Success;
        }
        catch (Exception e) when (e is CredentialException or SecretFileException or OptionsValidationException or SessionFileAccessException)
        {
            error.WriteLine(e.Message);
            return ExitCodes.Misconfigured;
        }
        catch (UpstreamException e)
        {
            error.WriteLine($"Login failed: {e.Message}");
            return ExitCodes.Failed;
        }
    }
}
