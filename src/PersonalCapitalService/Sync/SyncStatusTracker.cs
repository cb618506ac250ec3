using PersonalCapital.Store;
using PersonalCapital.Store.Model;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Storage;

namespace PersonalCapitalService.Sync;

/// <summary>
/// <see cref="ISyncStatusSource"/>: the store's bookkeeping (shared by every instance) plus what this process's sync
/// is doing right now.
/// </summary>
internal sealed class SyncStatusTracker(StoreStateCache cache, IOwnerStore store) : ISyncStatusSource
{
    private volatile SyncProgress? _progress;
    private volatile SyncRunSummary? _lastRun;

    public SyncStatus Current
    {
        get
        {
            var state = cache.State;
            var failed = state.LastErrorAt is { } errorAt && (state.LastSuccessAt is not { } ok || errorAt > ok);
            return new SyncStatus(
                _progress is not null ? SyncStatus.Running : failed ? SyncStatus.Failed : SyncStatus.Idle,
                state.LastSuccessAt,
                failed ? state.LastError : null,
                failed ? state.LastErrorAt : null,
                state.CoverageStart is { } start && state.CoverageEnd is { } end ? new SyncCoverage(start, end) : null,
                new SyncCounts(cache.AccountCount, cache.TransactionCount),
                _progress,
                _lastRun);
        }
    }

    internal void Started(int steps) => _progress = new SyncProgress(0, steps, "starting");

    /// <summary>Each step of a running sync, as it happens (the <c>sync</c> verb prints them).</summary>
    public event Action<SyncProgress>? Progressed;

    internal void Report(SyncProgress progress)
    {
        _progress = progress;
        Progressed?.Invoke(progress);
    }

    internal async Task FinishedAsync(DateTimeOffset startedAt, DateTimeOffset endedAt, ChangeCounts counts, string? error)
    {
        _lastRun = new SyncRunSummary(startedAt, endedAt, counts.Added, counts.Changed, counts.Removed, error);
        _progress = null;
        await cache.RefreshAsync(CancellationToken.None);
    }

    /// <summary>The last run as the sync log has it, for a process that has not synced itself yet.</summary>
    internal async Task LoadLastRunAsync(CancellationToken cancellationToken)
    {
        if (_lastRun is null && (await store.RecentRunsAsync(1, cancellationToken)) is [{ EndedAt: { } ended } run])
        {
            _lastRun = new SyncRunSummary(run.StartedAt, ended, run.Added, run.Changed, run.Removed, run.Error);
        }
    }
}
