using PersonalCapital.Client.Login;
using PersonalCapitalService.LoginPage;

namespace PersonalCapitalService.Cli;

/// <summary>Reads the second-factor code from a terminal or a pipe, after the original's <c>code: </c> prompt.</summary>
internal sealed class ConsoleCodeSource(TextReader input, TextWriter prompt) : ITwoFactorCodeSource
{
    /// <summary>A code was asked for (false when the login needed none).</summary>
    public bool Asked { get; private set; }

    public ValueTask<string?> GetCodeAsync(TwoFactorMethod method, CancellationToken cancellationToken)
    {
        Asked = true;
        prompt.WriteLine(method == TwoFactorMethod.Totp
            ? "Enter the code your authenticator app shows."
            : $"A code was sent by {method.Channel()}.");
        prompt.Write("code: ");
        prompt.Flush();
        return ValueTask.FromResult(input.ReadLine()?.Trim());
    }
}
