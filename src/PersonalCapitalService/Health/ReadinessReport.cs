using PersonalCapital.Client.Login;

namespace PersonalCapitalService.Health;

/// <summary>The body of <c>/health/ready</c>.</summary>
internal sealed record ReadinessReport(
    string Status,
    SessionState Session,
    string? Detail,
    DateTimeOffset? LastSuccessfulUpstreamCall,
    DateTimeOffset? LastFailedUpstreamCall,
    int ConsecutiveFailures,
    DateTimeOffset? NextKeepAlive,
    string? Login)
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
            needsHuman ? "/login" : null);
    }

    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsReady => Status == "ready";
}
