using PersonalCapital.Store;
using PersonalCapital.Store.Model;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Storage;

namespace PersonalCapitalService.Sync;

/// <summary>
/// <see cref="ISyncStatusSource"/>: the store's bookkeeping and sync log (shared by every instance) plus what this
/// process's sync is doing right now.
/// </summary>
internal sealed class SyncStatusTracker(StoreStateCache cache) : ISyncStatusSource
{
    private volatile SyncProgress? _progress;

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
                cache.LastRun is { EndedAt: { } ended } run ? new SyncRunSummary(run.StartedAt, ended, run.Added, run.Changed, run.Removed, run.Error) : null);
        }
    }

    /// <summary>Each step of a running sync, as it happens (the <c>sync</c> verb prints them).</summary>
    public event Action<SyncProgress>? Progressed;

    internal void Report(SyncProgress progress)
    {
        _progress = progress;
        Progressed?.Invoke(progress);
    }

    internal async Task FinishedAsync()
    {
        _progress = null;
        await cache.RefreshAsync(CancellationToken.None);
    }
}
