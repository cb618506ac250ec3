namespace PersonalCapitalService.LoginPage;

/// <summary>
/// What a form achieved, carried by the redirect back to the page as <c>?done=…</c>. Only these names are read, so
/// the query string can never make the page say anything else, and nothing secret (no code) ever travels in a URL.
/// </summary>
public enum LoginOutcome
{
    NoCodeNeeded,
    CodeNeeded,
    CodeSent,
    LoggedIn,
}

internal static class LoginOutcomes
{
    public static string QueryValue(this LoginOutcome outcome) => outcome switch
    {
        LoginOutcome.NoCodeNeeded => "no-code-needed",
        LoginOutcome.CodeNeeded => "code-needed",
        LoginOutcome.CodeSent => "code-sent",
        LoginOutcome.LoggedIn => "logged-in",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };

    /// <summary>The outcome named by <paramref name="value"/>; null for anything else (ignored, not an error).</summary>
    public static LoginOutcome? Parse(string? value) =>
        Enum.GetValues<LoginOutcome>().Cast<LoginOutcome?>().FirstOrDefault(o => o!.Value.QueryValue() == value);
}
