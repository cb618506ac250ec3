namespace PersonalCapitalService.LoginPage;

/// <summary>Checks the typed code before it goes upstream: digits only, spaces and dashes of a copied code dropped.</summary>
internal static class LoginCode
{
    /// <summary>Longer than any one-time code the upstream sends; the input field stops there too.</summary>
    public const int MaxLength = 12;

    /// <returns>Null when the code is usable, else a sentence for the owner (which never repeats the input).</returns>
    public static string? Problem(string? typed, out string code)
    {
        code = new string((typed ?? "").Where(c => c is not (' ' or '-' or '\t')).ToArray());
        if (code.Length == 0)
        {
            return "Enter the code you received.";
        }
        if (code.Length > MaxLength || !code.All(char.IsAsciiDigit))
        {
            code = "";
            return $"The code is made of digits only (at most {MaxLength}). Check it and enter it again.";
        }
        return null;
    }
}
