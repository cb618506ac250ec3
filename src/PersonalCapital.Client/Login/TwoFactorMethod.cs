namespace PersonalCapital.Client.Login;

/// <summary>How the upstream delivers the one-time code of a second factor.</summary>
public enum TwoFactorMethod
{
    Sms,
    Email,
    Voice,
    Totp,
}
