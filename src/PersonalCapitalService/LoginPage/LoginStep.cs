using PersonalCapital.Client.Login;

namespace PersonalCapitalService.LoginPage;

/// <summary>The one form the page offers next.</summary>
public enum LoginStep
{
    /// <summary>Nothing is waiting: start a login (it may need no code at all).</summary>
    Start,

    /// <summary>The upstream wants a second factor: choose how to receive the code.</summary>
    ChooseMethod,

    /// <summary>A code is on its way: type it in (or ask for a new one).</summary>
    EnterCode,

    /// <summary>The session is authenticated: nothing to do.</summary>
    LoggedIn,
}

internal static class LoginSteps
{
    public static LoginStep Next(SessionState state, SentChallenge? sent) => state switch
    {
        SessionState.Authenticated => LoginStep.LoggedIn,
        SessionState.NeedsSecondFactor when sent is not null => LoginStep.EnterCode,
        SessionState.NeedsSecondFactor => LoginStep.ChooseMethod,
        _ => LoginStep.Start,
    };
}
