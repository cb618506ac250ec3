using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Data;
using PersonalCapital.Sandbox.Faults;
using PersonalCapital.Sandbox.Login;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Protocol;

/// <summary>
/// Every <c>POST /api/{path}</c>: reads the fields, checks the cookie session and its csrf, then hands the call to
/// the login flows or the data endpoints. Logical failures are HTTP 200 with <c>success:false</c>.
/// </summary>
internal sealed class ApiDispatcher(
    SessionRegistry sessions,
    LegacyLogin legacy,
    MultiauthLogin multiauth,
    DataApi data,
    FaultInjector faults,
    Envelope envelope)
{
    private static readonly HashSet<string> DataPaths = new(DataApi.Paths, StringComparer.Ordinal);

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/{**path}", (HttpContext http, string path, ApiDispatcher dispatcher) => dispatcher.HandleAsync(http, path));

    public async Task HandleAsync(HttpContext http, string path)
    {
        await faults.DelayAsync(http.RequestAborted);
        var form = await RequestReader.ReadAsync(http.Request, http.RequestAborted);
        if (!DataPaths.Contains(path) && await faults.TryChallengeLoginAsync(http))
        {
            return;
        }

        if (path == "auth/multiauth/noauth/authenticate")
        {
            await JsonResponses.WriteAsync(http.Response, multiauth.Authenticate(form));
            return;
        }
        if (path == "credential/authenticateToken")
        {
            // Exchanges a token for a session: the caller may not have a cookie session yet, and needs no csrf.
            var tokenSession = SessionCookie.FindOrStart(http, sessions);
            JsonObject answer;
            lock (tokenSession.Gate)
            {
                sessions.Touch(tokenSession);
                answer = multiauth.AuthenticateToken(tokenSession, form, http.Request);
            }
            await JsonResponses.WriteAsync(http.Response, answer);
            return;
        }
        if (DataPaths.Contains(path))
        {
            if (!await faults.TryInjectAsync(http))
            {
                await JsonResponses.WriteAsync(http.Response, AnswerData(http, path, form));
            }
            return;
        }
        if (LoginOperation(path) is not { } operation)
        {
            await JsonResponses.WriteAsync(http.Response,
                envelope.Failure(null, new UpstreamError(404, $"Unknown operation {path}.")), StatusCodes.Status404NotFound);
            return;
        }
        var session = SessionCookie.Find(http, sessions);
        JsonObject body;
        if (session is null)
        {
            body = envelope.Failure(null, UpstreamError.InvalidSession);
        }
        else
        {
            lock (session.Gate)
            {
                body = CheckCsrfAndTouch(session, form) ?? operation(session, form, http);
            }
        }
        // An operation may have chosen its status (the AUAC_12 refusal is an HTTP 400).
        await JsonResponses.WriteAsync(http.Response, body, http.Response.StatusCode);
    }

    private JsonObject AnswerData(HttpContext http, string path, FormValues form)
    {
        var session = SessionCookie.Find(http, sessions);
        if (session is null)
        {
            return envelope.NotAuthenticated(null);
        }
        lock (session.Gate)
        {
            if (CheckCsrfAndTouch(session, form) is { } refused)
            {
                return refused;
            }
            if (session.Level != AuthLevel.SessionAuthenticated)
            {
                return envelope.NotAuthenticated(session);
            }
        }
        // Data is immutable and built outside the session's gate so one session's calls run in parallel.
        var result = data.Handle(path, form);
        lock (session.Gate)
        {
            return result.Error is { } error
                ? envelope.Failure(session, UpstreamError.InvalidField(error.Code, error.Message, error.FieldName))
                : envelope.Success(session, result.SpData);
        }
    }

    /// <summary>
    /// Under the session's gate: the refusal when the form's csrf was never issued to this session; otherwise records
    /// the use (which may expire an idle session first) and returns null.
    /// </summary>
    private JsonObject? CheckCsrfAndTouch(CookieSession session, FormValues form)
    {
        if (!session.Accepts(form.Get("csrf")))
        {
            return envelope.Failure(session, UpstreamError.InvalidSession);
        }
        sessions.Touch(session);
        return null;
    }

    private Func<CookieSession, FormValues, HttpContext, JsonObject>? LoginOperation(string path) => path switch
    {
        "login/identifyUser" => (s, f, h) => legacy.IdentifyUser(s, f, h.Request),
        "login/querySession" => (s, _, _) => legacy.QuerySession(s),
        "credential/challengeSms" => (s, _, h) => legacy.Challenge(s, ChallengeChannel.Sms, h.Response),
        "credential/challengeEmail" => (s, _, h) => legacy.Challenge(s, ChallengeChannel.Email, h.Response),
        "credential/challengePhone" => (s, _, h) => legacy.Challenge(s, ChallengeChannel.Voice, h.Response),
        "credential/challengeTotp" => (s, _, h) => legacy.Challenge(s, ChallengeChannel.Totp, h.Response),
        "credential/authenticateSms" => (s, f, _) => legacy.Authenticate(s, ChallengeChannel.Sms, f.Get("code")),
        // authenticateEmail is the pre-2019 path that PyPI personalcapital 1.0.1 still calls.
        "credential/authenticateEmailByCode" or "credential/authenticateEmail" =>
            (s, f, _) => legacy.Authenticate(s, ChallengeChannel.Email, f.Get("code")),
        "credential/authenticatePhone" => (s, f, _) => legacy.Authenticate(s, ChallengeChannel.Voice, f.Get("code")),
        "credential/authenticateTotpCode" =>
            (s, f, _) => legacy.Authenticate(s, ChallengeChannel.Totp, f.Get("totpCode") ?? f.Get("code")),
        "credential/authenticatePassword" => (s, f, h) => legacy.AuthenticatePassword(s, f, h.Response),
        // The "Freemium" SMS challenge of the multiauth flow behaves exactly like the legacy one.
        "credential/challengeSmsFreemium" => (s, _, h) => legacy.Challenge(s, ChallengeChannel.Sms, h.Response),
        "credential/authenticateSmsFreemium" => (s, f, h) => multiauth.AuthenticateSms(s, f, h.Response),
        _ => null,
    };
}
