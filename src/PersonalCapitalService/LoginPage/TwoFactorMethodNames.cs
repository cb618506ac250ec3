using PersonalCapital.Client.Login;

namespace PersonalCapitalService.LoginPage;

/// <summary>The second-factor methods as the page's radio buttons name and describe them.</summary>
internal static class TwoFactorMethodNames
{
    /// <summary>
    /// In the order that works today (upstream-protocol §12): SMS, then a voice call, then e-mail (answered with
    /// success but often never delivered), then an authenticator app (Empower's own app keeps the secret).
    /// </summary>
    public static IReadOnlyList<TwoFactorMethod> All { get; } =
        [TwoFactorMethod.Sms, TwoFactorMethod.Voice, TwoFactorMethod.Email, TwoFactorMethod.Totp];

    /// <summary>What the owner should know before choosing <paramref name="method"/>; null when nothing.</summary>
    public static string? Caveat(this TwoFactorMethod method) => method switch
    {
        TwoFactorMethod.Email => "often never arrives: Empower answers but sends nothing for many accounts",
        TwoFactorMethod.Totp => "not available for most accounts: Empower's own app keeps the secret",
        _ => null,
    };

    public static string FormValue(this TwoFactorMethod method) => method switch
    {
        TwoFactorMethod.Sms => "sms",
        TwoFactorMethod.Email => "email",
        TwoFactorMethod.Voice => "voice",
        TwoFactorMethod.Totp => "totp",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    public static string Label(this TwoFactorMethod method) => method switch
    {
        TwoFactorMethod.Sms => "SMS",
        TwoFactorMethod.Email => "Email",
        TwoFactorMethod.Voice => "Voice call",
        TwoFactorMethod.Totp => "Authenticator app",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>The method inside a sentence: "sent by …".</summary>
    public static string Channel(this TwoFactorMethod method) => method switch
    {
        TwoFactorMethod.Sms => "SMS",
        TwoFactorMethod.Email => "email",
        TwoFactorMethod.Voice => "voice call",
        TwoFactorMethod.Totp => "authenticator app",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Where the code comes from, to finish the sentence "Enter the code …".</summary>
    public static string Source(this TwoFactorMethod method) => method switch
    {
        TwoFactorMethod.Sms => "sent to you by SMS",
        TwoFactorMethod.Email => "sent to you by email",
        TwoFactorMethod.Voice => "read to you in the voice call",
        TwoFactorMethod.Totp => "your authenticator app shows now",
        _ => throw new ArgumentOutOfRangeException(nameof(method)),
    };

    /// <summary>Reads a radio button's value; only the four names above (any case) are methods.</summary>
    public static bool TryParse(string? value, out TwoFactorMethod method)
    {
        foreach (var candidate in All)
        {
            if (string.Equals(value?.Trim(), candidate.FormValue(), StringComparison.OrdinalIgnoreCase))
            {
                method = candidate;
                return true;
            }
        }
        method = default;
        return false;
    }
}
