using PersonalCapital.Client.Login;
using PersonalCapital.Client.Resilience;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.Health;

/// <summary>
/// The body of <c>/health/ready</c>. <c>ready</c>: the upstream serves data (its last data calls succeeded) and nothing
/// is in trouble. <c>degraded</c>: data can be served (from the store, or the upstream still answers) but something
/// needs attention, said in <see cref="Reasons"/>; 200, or 503 with <c>?strict=true</c>. <c>unavailable</c>: no data
/// can be served; 503.
/// </summary>
/// <param name="CodeRequestsExhaustedUntil">No new code before this (<c>AUAC_12</c>); absent otherwise.</param>
/// <param name="CoolDownUntil">No automatic upstream call before this (a Cloudflare challenge); absent otherwise.</param>
internal sealed record ReadinessReport(
    string Status,
    IReadOnlyList<string> Reasons,
    SessionState Session,
    string? Detail,
    DateTimeOffset? LastSuccessfulUpstreamCall,
    DateTimeOffset? LastFailedUpstreamCall,
    int ConsecutiveFailures,
    DataCallStatus DataCalls,
    StoreReadiness? Store,
    string? SessionFile,
    DateTimeOffset? NextKeepAlive,
    string? Login,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    DateTimeOffset? CodeRequestsExhaustedUntil = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    DateTimeOffset? CoolDownUntil = null)
{
    public const string Ready = "ready";
    public const string Degraded = "degraded";
    public const string Unavailable = "unavailable";

    public static ReadinessReport From(
        SessionStatus session,
        DataCallStatus dataCalls,
        SyncStatus? sync,
        string? saveProblem,
        DateTimeOffset? nextKeepAlive,
        int failureThreshold)
    {
        var needsHuman = session.State is SessionState.NeedsSecondFactor or SessionState.CredentialsRejected;
        List<string> reasons = [];
        if (needsHuman)
        {
            reasons.Add(session.State == SessionState.NeedsSecondFactor
                ? "The upstream session needs a second factor: log in at /login or with the login verb."
                : "The upstream refused the credentials: " + (session.Detail ?? "check them, then log in at /login."));
        }
        else if (session.State == SessionState.Blocked)
        {
            reasons.Add("The upstream is throttling requests: " + (session.Detail ?? "waiting for its cool-down."));
        }
        if (dataCalls.ConsecutiveFailures >= failureThreshold)
        {
            reasons.Add($"The last {dataCalls.ConsecutiveFailures} upstream data calls failed: {dataCalls.LastError}");
        }
        else if (dataCalls.NeverTried && !needsHuman)
        {
            reasons.Add("No upstream data call has succeeded yet.");
        }
        if (sync?.State == SyncStatus.Failed)
        {
            reasons.Add("The sync is failing: " + (sync.LastError ?? "see GET /v1/sync."));
        }

        var upstreamServes = !needsHuman && session.State != SessionState.Blocked
            && dataCalls.LastSuccess is not null && dataCalls.ConsecutiveFailures < failureThreshold;
        var store = sync is null ? null : StoreReadiness.From(sync);
        var status = !upstreamServes && store?.HasData != true ? Unavailable
            : reasons.Count > 0 ? Degraded
            : Ready;
        return new ReadinessReport(
            status,
            reasons,
            session.State,
            session.Detail,
            session.LastSuccess,
            session.LastFailure,
            session.ConsecutiveFailures,
            dataCalls,
            store,
            saveProblem,
            nextKeepAlive,
            needsHuman || session.State == SessionState.Blocked ? "/login" : null,
            session.CodeRequestsExhaustedUntil,
            session.CoolDownUntil);
    }

    /// <summary>200 when data can be served; with <paramref name="strict"/>, only when nothing is in trouble either.</summary>
    public int HttpStatus(bool strict) => Status == Ready || (Status == Degraded && !strict)
        ? StatusCodes.Status200OK
        : StatusCodes.Status503ServiceUnavailable;
}

/// <summary>What readiness says of the local store (present once the store and its sync are configured).</summary>
internal sealed record StoreReadiness(bool HasData, string SyncState, DateTimeOffset? LastSyncSuccess, string? LastSyncError)
{
    public static StoreReadiness From(SyncStatus sync) =>
        new(sync.Coverage is not null || sync.LastSuccessAt is not null, sync.State, sync.LastSuccessAt, sync.LastError);
}
