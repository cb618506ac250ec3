using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Protocol;

/// <summary>
/// Builds <c>{"spHeader": ..., "spData": ...}</c> bodies. Success is signalled in <c>spHeader.success</c>; failures
/// carry <c>errors</c> and no <c>spData</c> key at all, as upstream (§4.1, §4.3).
/// </summary>
internal sealed class Envelope(DemoUser user)
{
    public const int AuthenticatedHeaderVersion = 57;

    public JsonObject Success(CookieSession? session, JsonNode? spData = null)
    {
        var body = new JsonObject { ["spHeader"] = SuccessHeader(session) };
        if (spData is not null)
        {
            body["spData"] = spData;
        }
        return body;
    }

    public JsonObject Failure(CookieSession? session, params UpstreamError[] errors) =>
        Failure(session, session?.Level ?? AuthLevel.None, errors);

    /// <summary>
    /// A failure that reports <paramref name="level"/> whatever the session's own level is. Shaped like the captured
    /// example (§4.3): identity fields and errors, no csrf and nothing only an authenticated header carries.
    /// </summary>
    public JsonObject Failure(CookieSession? session, AuthLevel level, params UpstreamError[] errors)
    {
        var header = new JsonObject
        {
            ["SP_HEADER_VERSION"] = -1,
            ["success"] = false,
        };
        if (session?.Username is not null)
        {
            header["userGuid"] = user.UserGuid;
        }
        header["authLevel"] = level.ToWire();
        header["errors"] = new JsonArray([.. errors.Select(e => (JsonNode)e.ToJson())]);
        if (session?.Username is not null)
        {
            header["username"] = user.Username;
        }
        header["status"] = Status(session);
        return new JsonObject { ["spHeader"] = header };
    }

    /// <summary>The answer to a data call made without an authenticated session: the captured real example (§4.3).</summary>
    public JsonObject NotAuthenticated(CookieSession? session, AuthLevel? level = null) =>
        Failure(
            session,
            level ?? session?.Level ?? AuthLevel.None,
            UpstreamError.AuthorizationRequired("GET_ACCOUNT_DATA"),
            UpstreamError.SessionNotAuthenticated);

    private string Status(CookieSession? session) =>
        session?.Username is null ? "NONE" : user.IsLocked ? "LOCKED" : "ACTIVE";

    private JsonObject SuccessHeader(CookieSession? session)
    {
        var level = session?.Level ?? AuthLevel.None;
        var authenticated = level == AuthLevel.SessionAuthenticated;
        var header = new JsonObject
        {
            ["SP_HEADER_VERSION"] = authenticated ? AuthenticatedHeaderVersion : -1,
        };
        if (authenticated)
        {
            header["userStage"] = "F";
            header["isDelegate"] = false;
            header["betaTester"] = false;
            header["developer"] = false;
            header["qualifiedLead"] = false;
            header["accountsMetaData"] = new JsonArray("HAS_CASH", "HAS_CREDIT", "HAS_INVESTMENT");
        }
        header["success"] = true;
        header["authLevel"] = level.ToWire();
        var identified = session?.Username is not null;
        header["status"] = Status(session);
        if (session?.CurrentCsrf is { } csrf)
        {
            header["csrf"] = csrf;
        }
        if (identified)
        {
            header["userGuid"] = user.UserGuid;
            header["username"] = user.Username;
        }
        if (authenticated)
        {
            header["personId"] = user.PersonId;
            header["deviceName"] = "Sandbox Device";
        }
        if (level is AuthLevel.UserRemembered or AuthLevel.DeviceAuthorized)
        {
            header["accountsSummary"] = new JsonObject
            {
                ["hasAggregated"] = true,
                ["hasCash"] = true,
                ["hasCredit"] = true,
                ["hasInvestment"] = true,
                ["hasOnUs"] = false,
            };
        }
        return header;
    }
}
