using PersonalCapital.Client.Login;

namespace PersonalCapitalService.Cli;

/// <summary>Reads the second-factor code from a terminal or a pipe, after the original's <c>code: </c> prompt.</summary>
internal sealed class ConsoleCodeSource(TextReader input, TextWriter prompt) : ITwoFactorCodeSource
{
    public ValueTask<string?> GetCodeAsync(TwoFactorMethod method, CancellationToken cancellationToken)
    {
        prompt.Write("code: ");
        prompt.Flush();
        return ValueTask.FromResult(input.ReadLine()?.Trim());
    }
}
