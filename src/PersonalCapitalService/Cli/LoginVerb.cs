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
/// <c>login [sms|email|voice|totp]</c>: logs in once, reading the code from a terminal's prompt, saves the session and
/// exits 0; a live session or a remembered device needs no code. In a container without a terminal the two halves run
/// as two commands: <c>login --send sms</c> sends the challenge and exits (the waiting sign-in is kept with the
/// session), <c>login --code 1234</c> finishes it. Any failure exits non-zero with one clear sentence on stderr.
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
        if (LoginSwitches.Problem(command.HostArgs, out var switches) is { } problem)
        {
            error.WriteLine(problem);
            return ExitCodes.Misconfigured;
        }
        try
        {
            using var host = VerbHost.Build(switches.HostArgs);
            var options = host.Services.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value;
            CredentialsLoader.Load(options);
            var client = host.Services.GetRequiredService<PersonalCapitalClient>();
            if (switches.Send is { } send)
            {
                return await SendAsync(client, send, options, output);
            }
            if (switches.Code is { } code)
            {
                return await CompleteAsync(client, code, options, output, error);
            }
            var codes = new ConsoleCodeSource(input, error);
            await client.LoginAsync(codes, method);
            if (client.SessionSaveProblem is { } saveProblem)
            {
                // Logged in, but the one thing this verb is for, a saved session, did not happen.
                error.WriteLine(saveProblem);
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

    /// <summary>The first half: as far as the login goes without a code, then one challenge; the rest waits in the session file.</summary>
    private static async Task<int> SendAsync(PersonalCapitalClient client, TwoFactorMethod method, PersonalCapitalOptions options, TextWriter output)
    {
        if (await client.BeginLoginAsync() == LoginProgress.Authenticated)
        {
            output.WriteLine($"Logged in without a code (live session or remembered device); session saved to {options.SessionFile}.");
            return ExitCodes.Success;
        }
        var chosen = client.SecondFactorOffersOnlySms ? TwoFactorMethod.Sms : method;
        await client.SendChallengeAsync(chosen);
        output.WriteLine($"A code was sent by {chosen.Channel()}. Finish with: login --code <the code>");
        if (chosen == TwoFactorMethod.Email)
        {
            output.WriteLine("E-mailed codes often never arrive (2026); if none comes, run login --send sms.");
        }
        return ExitCodes.Success;
    }

    /// <summary>The second half: the waiting sign-in saved by <c>--send</c>, finished with the code.</summary>
    private static async Task<int> CompleteAsync(
        PersonalCapitalClient client, string code, PersonalCapitalOptions options, TextWriter output, TextWriter error)
    {
        try
        {
            await client.CompleteLoginAsync(code);
        }
        catch (InvalidOperationException)
        {
            error.WriteLine("No sign-in is waiting for a code: send one first with login --send sms (or voice, email).");
            return ExitCodes.Failed;
        }
        output.WriteLine($"Logged in; session saved to {options.SessionFile}.");
        return ExitCodes.Success;
    }
}
