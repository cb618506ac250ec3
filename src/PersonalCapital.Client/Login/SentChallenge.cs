namespace PersonalCapital.Client.Login;

/// <summary>The second-factor challenge sent for the login that waits for its code.</summary>
/// <param name="Method">How the code was sent.</param>
/// <param name="At">When.</param>
public sealed record SentChallenge(TwoFactorMethod Method, DateTimeOffset At);
