namespace PersonalCapitalService.OwnerData;

/// <summary>
/// What <c>GET /v1/sync</c> answers, and what the dashboard, health, SimpleFIN errors, MCP and metrics read.
/// <paramref name="State"/> is <c>idle</c>, <c>running</c> or <c>failed</c>.
/// </summary>
public sealed record SyncStatus(
    string State,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    SyncCoverage? Coverage,
    SyncCounts Counts,
    SyncProgress? Progress,
    SyncRunSummary? LastRun)
{
    public const string Idle = "idle";
    public const string Running = "running";
    public const string Failed = "failed";
}

/// <summary>The dates the store holds every transaction for.</summary>
public sealed record SyncCoverage(DateOnly Start, DateOnly End);

public sealed record SyncCounts(int Accounts, int Transactions);

/// <summary>The last finished run, failed or not: how long it took and what it changed.</summary>
public sealed record SyncRunSummary(DateTimeOffset StartedAt, DateTimeOffset EndedAt, int Added, int Changed, int Removed, string? Error)
{
    public TimeSpan Duration => EndedAt - StartedAt;
}

/// <summary>How far a running sync is: e.g. step 4 of 10, "2019: 1,204 transactions".</summary>
public sealed record SyncProgress(int Step, int Steps, string Message);

/// <summary>The sync's state, for every reader that is not the sync itself.</summary>
public interface ISyncStatusSource
{
    SyncStatus Current { get; }
}
