using System.Text.Json.Nodes;

namespace PersonalCapital.Client.Transport;

/// <summary>A parsed <c>{"spHeader": ..., "spData": ...}</c> answer.</summary>
internal sealed record UpstreamAnswer(JsonObject Header, JsonNode? Data)
{
    public bool Success => Header["success"] is JsonValue v && v.TryGetValue(out bool b) && b;

    public string? AuthLevel => Header["authLevel"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public string? Csrf => Header["csrf"] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public IReadOnlyList<(int Code, string Message)> Errors =>
        Header["errors"] is JsonArray errors
            ? [.. errors.OfType<JsonObject>().Select(e => (
                e["code"] is JsonValue c && c.TryGetValue(out int code) ? code : 0,
                e["message"] is JsonValue m && m.TryGetValue(out string? message) ? message ?? "" : ""))]
            : [];

    public bool IsAuthenticated => AuthLevel == AuthLevels.SessionAuthenticated;
}

/// <summary><c>spHeader.authLevel</c> values (upstream-protocol §3.2).</summary>
internal static class AuthLevels
{
    public const string None = "NONE";
    public const string UserIdentified = "USER_IDENTIFIED";
    public const string UserRemembered = "USER_REMEMBERED";
    public const string DeviceAuthorized = "DEVICE_AUTHORIZED";
    public const string SessionAuthenticated = "SESSION_AUTHENTICATED";
    public const string MfaRequired = "MFA_REQUIRED";
}
