using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Transport;

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
        try
        {
            using var host = VerbHost.Build(command.HostArgs);
            var options = host.Services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value;
            var method = command.Arguments.Count > 0
                ? Enum.Parse<TwoFactorMethod>(command.Arguments[0], ignoreCase: true)
                : options.TwoFactorMethod;
            CredentialsLoader.Load(options);
            var client = host.Services.GetRequiredService<PersonalCapitalClient>();

            if (await client.BeginLoginAsync() == LoginProgress.Authenticated)
            {
                output.WriteLine($"Logged in without a code (live session or remembered device); session saved to {options.SessionFile}.");
                return ExitCodes.Success;
            }
            if (client.SecondFactorOffersOnlySms && method != TwoFactorMethod.Sms)
            {
                error.WriteLine($"This account's sign-in offers SMS only; sending the code by SMS instead of {method}.");
                method = TwoFactorMethod.Sms;
            }
            await client.SendChallengeAsync(method);
            error.WriteLine(method == TwoFactorMethod.Totp
                ? "Enter the code your authenticator app shows."
                : $"A code was sent by {method}.");
            var code = await new ConsoleCodeSource(input, error).GetCodeAsync(method, CancellationToken.None);
            if (string.IsNullOrEmpty(code))
            {
                error.WriteLine("No code was entered; nothing was saved.");
                return ExitCodes.Failed;
            }
            await client.CompleteLoginAsync(code);
            output.WriteLine($"Logged in; session saved to {options.SessionFile}.");
            return ExitCodes.Success;
        }
        catch (ArgumentException)
        {
            error.WriteLine($"Unknown second factor '{command.Arguments[0]}': use sms, email, voice or totp.");
            return ExitCodes.Misconfigured;
        }
        catch (Exception e) when (e is CredentialException or SecretFileException or OptionsValidationException)
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
