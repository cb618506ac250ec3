namespace PersonalCapital.Sandbox.Sessions;

/// <summary><c>spHeader.authLevel</c> values (upstream-protocol §3.2), in the order a login climbs them.</summary>
public enum AuthLevel
{
    None,
    UserIdentified,
    UserRemembered,
    MfaRequired,
    DeviceAuthorized,
    SessionAuthenticated,
}

internal static class AuthLevelNames
{
    public static string ToWire(this AuthLevel level) => level switch
    {
        AuthLevel.None => "NONE",
        AuthLevel.UserIdentified => "USER_IDENTIFIED",
        AuthLevel.UserRemembered => "USER_REMEMBERED",
        AuthLevel.MfaRequired => "MFA_REQUIRED",
        AuthLevel.DeviceAuthorized => "DEVICE_AUTHORIZED",
        AuthLevel.SessionAuthenticated => "SESSION_AUTHENTICATED",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };
}
