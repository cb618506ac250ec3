using PersonalCapital.Client.Login;

namespace PersonalCapitalService.Health;

/// <summary>The body of <c>/health/ready</c>.</summary>
/// <param name="CodeRequestsExhaustedUntil">No new code before this (<c>AUAC_12</c>); absent otherwise.</param>
/// <param name="CoolDownUntil">No automatic upstream call before this (a Cloudflare challenge); absent otherwise.</param>
internal sealed record ReadinessReport(
    string Status,
    SessionState Session,
    string? Detail,
    DateTimeOffset? LastSuccessfulUpstreamCall,
    DateTimeOffset? LastFailedUpstreamCall,
    int ConsecutiveFailures,
    DateTimeOffset? NextKeepAlive,
    string? Login,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    DateTimeOffset? CodeRequestsExhaustedUntil = null,
    [property: System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    DateTimeOffset? CoolDownUntil = null)
{
    public static ReadinessReport From(SessionStatus status, DateTimeOffset? nextKeepAlive, int failureThreshold)
    {
        var needsHuman = status.State is SessionState.NeedsSecondFactor or SessionState.CredentialsRejected;
        var ready = !needsHuman && status.State != SessionState.Blocked && status.ConsecutiveFailures < failureThreshold;
        return new ReadinessReport(
            ready ? "ready" : "unavailable",
            status.State,
            status.Detail,
            status.LastSuccess,
            status.LastFailure,
            status.ConsecutiveFailures,
            nextKeepAlive,
            needsHuman || status.State == SessionState.Blocked ? "/login" : null,
            status.CodeRequestsExhaustedUntil,
            status.CoolDownUntil);
    }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsReady => Status == "ready";
}
