namespace PersonalCapital.Sandbox.Sessions;

/// <summary>A second-factor code the sandbox expects, as it would have been texted, mailed, phoned or shown in an app.</summary>
public sealed record IssuedCode(string Username, ChallengeChannel Channel, string Code);
