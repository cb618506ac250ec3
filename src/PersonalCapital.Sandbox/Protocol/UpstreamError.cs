using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Protocol;

/// <summary>
/// One entry of <c>spHeader.errors</c>. Codes 200, 201 and 202 are the ones real clients key on
/// (upstream-protocol §4.3); 312 is pcartwright81's "incorrect password"; the others are the sandbox's own choice
/// where the real code is unknown.
/// </summary>
internal sealed record UpstreamError(int Code, string Message, JsonObject? Details = null)
{
    public static UpstreamError AuthorizationRequired(string? actionType = null) =>
        new(200, "Authorization required.", actionType is null ? null : new JsonObject { ["actionType"] = actionType });

    public static readonly UpstreamError SessionNotAuthenticated = new(201, "Session not authenticated.");

    public static readonly UpstreamError InvalidSession =
        new(202, "Session expired or invalid: the csrf token was not issued to this session.");

    public static readonly UpstreamError IncorrectPassword = new(312, "The password you entered is incorrect.");

    public static readonly UpstreamError AccountLocked =
        new(313, "Your account is temporarily locked after too many failed sign-in attempts.");

    public static readonly UpstreamError IncorrectCode = new(314, "The code you entered is incorrect or has expired.");

    public static readonly UpstreamError NoChallenge = new(315, "No verification code was requested for this session.");

    public static readonly UpstreamError UserMigrated = new(920, "User has migrated to the new site.");

    public static UpstreamError InvalidField(int code, string message, string? fieldName) =>
        new(code, message, fieldName is null ? null : new JsonObject { ["fieldName"] = fieldName });

    public JsonObject ToJson()
    {
        var error = new JsonObject { ["code"] = Code };
        if (Details is not null)
        {
            error["details"] = Details.DeepClone();
        }
        error["message"] = Message;
        return error;
    }
}
