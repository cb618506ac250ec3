using PersonalCapital.Client.Login;

namespace PersonalCapitalService.LoginPage;

/// <summary>The sentences of the /login page (and the dashboard's session line) that depend on the state.</summary>
internal static class LoginPageText
{
    /// <summary>The state in words, as the owner would say it.</summary>
    public static string Describe(SessionState state) => state switch
    {
        SessionState.Authenticated => "Logged in",
        SessionState.NeedsSecondFactor => "Needs a second factor",
        SessionState.CredentialsRejected => "Credentials refused",
        SessionState.Blocked => "Blocked by the upstream",
        _ => "Not checked yet",
    };

    /// <summary>The outcome of the last form, unless the state has moved on since (a stale bookmark, another tab).</summary>
    public static string? Notice(LoginPageModel model) => (model.Outcome, model.Step) switch
    {
        (LoginOutcome.LoggedIn, LoginStep.LoggedIn) => "Logged in. The bridge serves data again.",
        (LoginOutcome.NoCodeNeeded, LoginStep.LoggedIn) =>
            "Logged in without a code: the session was still alive, or the upstream remembers this device.",
        (LoginOutcome.CodeNeeded, LoginStep.ChooseMethod) => "The upstream wants a second factor. Choose how to receive the code.",
        (LoginOutcome.CodeSent, LoginStep.EnterCode) => model.Sent!.Method == TwoFactorMethod.Totp
            ? "Ready: enter the code your authenticator app shows now."
            : $"A code was sent by {model.Sent.Method.Channel()}. Enter it below.",
        _ => null,
    };
}
