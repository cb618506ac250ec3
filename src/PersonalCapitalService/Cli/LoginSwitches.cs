using PersonalCapital.Client.Login;
using PersonalCapitalService.LoginPage;

namespace PersonalCapitalService.Cli;

/// <summary>
/// The two halves of <c>login</c> for containers without a terminal: <c>--send sms|voice|email</c> sends the challenge
/// and exits; <c>--code CODE</c> finishes the waiting sign-in. Neither switch reaches the configuration.
/// </summary>
/// <param name="Send">The method to send a code by, for <c>--send</c>.</param>
/// <param name="Code">The code, for <c>--code</c>.</param>
/// <param name="HostArgs">The rest, for the configuration.</param>
internal sealed record LoginSwitches(TwoFactorMethod? Send, string? Code, string[] HostArgs)
{
    private const string SendSwitch = "--send";
    private const string CodeSwitch = "--code";

    /// <returns>Null when the switches are usable, else a sentence for stderr.</returns>
    public static string? Problem(IReadOnlyList<string> hostArgs, out LoginSwitches switches)
    {
        TwoFactorMethod? send = null;
        string? code = null;
        var rest = new List<string>();
        switches = new LoginSwitches(null, null, []);
        for (var i = 0; i < hostArgs.Count; i++)
        {
            var arg = hostArgs[i];
            if (arg is not (SendSwitch or CodeSwitch))
            {
                rest.Add(arg);
                continue;
            }
            if (i + 1 >= hostArgs.Count)
            {
                return $"{arg} needs a value: login --send sms|voice|email, then login --code CODE.";
            }
            var value = hostArgs[++i];
            if (arg == SendSwitch)
            {
                if (!TwoFactorMethodNames.TryParse(value, out var method) || method == TwoFactorMethod.Totp)
                {
                    return $"login --send takes sms, voice or email (authenticator codes are not sent; Empower keeps their secret).";
                }
                send = method;
            }
            else if (LoginCode.Problem(value, out var typed) is { } problem)
            {
                return problem;
            }
            else
            {
                code = typed;
            }
        }
        if (send is not null && code is not null)
        {
            return "Give either --send (first) or --code (then), not both.";
        }
        switches = new LoginSwitches(send, code, [.. rest]);
        return null;
    }
}
