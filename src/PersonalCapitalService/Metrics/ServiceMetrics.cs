using System.Diagnostics.Metrics;
using PersonalCapital.Client;
using PersonalCapital.Client.Login;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.Metrics;

/// <summary>
/// The service's own gauges, read at each scrape: the session state (one series per state, 1 for the current one,
/// so an alert is <c>pcs_session_state{state="needs_second_factor"} == 1</c>), how long ago the upstream last answered,
/// and, once a sync is registered (<see cref="ISyncStatusSource"/>), its state, the age of its last success and the
/// duration and changes of its last run.
/// </summary>
internal sealed class ServiceMetrics
{
    public const string MeterName = "PersonalCapitalService";

    private static readonly (SessionState State, string Tag)[] SessionStates =
    [
        (SessionState.Unknown, "unknown"),
        (SessionState.Authenticated, "authenticated"),
        (SessionState.NeedsSecondFactor, "needs_second_factor"),
        (SessionState.CredentialsRejected, "credentials_rejected"),
        (SessionState.Blocked, "blocked"),
    ];

    private static readonly string[] SyncStates = [SyncStatus.Idle, SyncStatus.Running, SyncStatus.Failed];

    public ServiceMetrics(IMeterFactory meters, PersonalCapitalClient client, TimeProvider time, IServiceProvider services)
    {
        var meter = meters.Create(MeterName);
        // Optional: the app runs (and scrapes) before a sync is registered.
        var sync = services.GetService<ISyncStatusSource>();

        meter.CreateObservableGauge("pcs.session.state", () =>
        {
            var current = client.Status.State;
            return SessionStates.Select(s => new Measurement<int>(s.State == current ? 1 : 0, new KeyValuePair<string, object?>("state", s.Tag)));
        }, description: "1 for the upstream session's current state, 0 for the others.");
        meter.CreateObservableGauge("pcs.upstream.consecutive_failures", () => client.Status.ConsecutiveFailures, "{call}",
            "Upstream calls failed in a row since the last success.");
        meter.CreateObservableGauge("pcs.upstream.last_success.age", () => AgeOf(client.Status.LastSuccess, time), "s",
            "Seconds since an upstream call last succeeded (absent before the first).");

        if (sync is null)
        {
            return;
        }
        meter.CreateObservableGauge("pcs.sync.state", () =>
        {
            var current = sync.Current.State;
            return SyncStates.Select(s => new Measurement<int>(s == current ? 1 : 0, new KeyValuePair<string, object?>("state", s)));
        }, description: "1 for the sync's current state (idle, running, failed), 0 for the others.");
        meter.CreateObservableGauge("pcs.sync.last_success.age", () => AgeOf(sync.Current.LastSuccessAt, time), "s",
            "Seconds since the last successful sync (absent before the first).");
        meter.CreateObservableGauge("pcs.sync.last_run.duration", () =>
            sync.Current.LastRun is { } run ? [new Measurement<double>(run.Duration.TotalSeconds)] : Array.Empty<Measurement<double>>(),
            "s", "How long the last finished sync run took.");
        meter.CreateObservableGauge("pcs.sync.last_run.rows", () =>
            sync.Current.LastRun is { } run
                ?
                [
                    new Measurement<int>(run.Added, new KeyValuePair<string, object?>("change", "added")),
                    new Measurement<int>(run.Changed, new KeyValuePair<string, object?>("change", "changed")),
                    new Measurement<int>(run.Removed, new KeyValuePair<string, object?>("change", "removed")),
                ]
                : Array.Empty<Measurement<int>>(),
            "{row}", "Rows the last finished sync run added, changed and removed.");
    }

    private static IEnumerable<Measurement<double>> AgeOf(DateTimeOffset? at, TimeProvider time) =>
        at is { } when ? [new Measurement<double>(Math.Max(0, (time.GetUtcNow() - when).TotalSeconds))] : [];
}
