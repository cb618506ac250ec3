namespace PersonalCapital.Sandbox.Sessions;

/// <summary>Where a second-factor code is delivered.</summary>
public enum ChallengeChannel
{
    Sms,
    Email,
    Voice,
    Totp,
}
