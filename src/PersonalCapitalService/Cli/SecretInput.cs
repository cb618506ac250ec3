using System.Text;

namespace PersonalCapitalService.Cli;

/// <summary>One line of secret input: typed without echo at a terminal, or read as it is from a pipe.</summary>
internal static class SecretInput
{
    public static string? Read(TextReader input, TextWriter error, string prompt)
    {
        if (!ReferenceEquals(input, Console.In) || Console.IsInputRedirected)
        {
            return input.ReadLine();
        }
        error.Write(prompt);
        var typed = new StringBuilder();
        for (var key = Console.ReadKey(intercept: true); key.Key != ConsoleKey.Enter; key = Console.ReadKey(intercept: true))
        {
            if (key.Key == ConsoleKey.Backspace)
            {
                typed.Length = Math.Max(0, typed.Length - 1);
            }
            else if (!char.IsControl(key.KeyChar))
            {
                typed.Append(key.KeyChar);
            }
        }
        error.WriteLine();
        return typed.ToString();
    }
}
