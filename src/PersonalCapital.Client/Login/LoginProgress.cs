namespace PersonalCapital.Client.Login;

/// <summary>Where a login stands after a step.</summary>
public enum LoginProgress
{
    /// <summary><c>SESSION_AUTHENTICATED</c>: data calls work.</summary>
    Authenticated,

    /// <summary>The upstream wants a second factor; a human must send a challenge and enter the code.</summary>
    NeedsSecondFactor,
}
