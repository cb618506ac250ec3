using PersonalCapital.Store.Model;

namespace PersonalCapital.Store;

/// <summary>
/// The data of one Empower login, kept locally. The sync writes it in chunks (each chunk commits on its own, so a
/// sync that fails halfway keeps what it stored and never leaves half a row); the routes read it.
/// </summary>
public interface IOwnerStore
{
    /// <summary>The login every row of this store belongs to.</summary>
    string Login { get; }

    // ---- reading ------------------------------------------------------------------------------------------------

    Task<StoreState> GetStateAsync(CancellationToken cancellationToken);

    Task<int> CountTransactionsAsync(CancellationToken cancellationToken);

    /// <summary>One text of every transaction dated start..end (inclusive), newest first, in the upstream's order within a day.</summary>
    IAsyncEnumerable<string> ReadTransactionsAsync(DateOnly start, DateOnly end, TransactionText text, CancellationToken cancellationToken);

    Task<StoredDocument?> GetDocumentAsync(string kind, CancellationToken cancellationToken);

    /// <summary>History days start..end, oldest first.</summary>
    Task<IReadOnlyList<HistoryDay>> ReadHistoryAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken);

    Task<IReadOnlyList<SyncRun>> RecentRunsAsync(int count, CancellationToken cancellationToken);

    // ---- writing ------------------------------------------------------------------------------------------------

    /// <summary>
    /// Makes the stored transactions dated start..end exactly <paramref name="rows"/> (rows the upstream no longer
    /// returns are removed; a row whose date moved into the range is moved) and extends the coverage to the range, in
    /// one database transaction.
    /// </summary>
    Task<ChangeCounts> ReplaceTransactionsAsync(DateOnly start, DateOnly end, IReadOnlyList<StoredTransaction> rows, CancellationToken cancellationToken);

    /// <summary>Re-renders the legacy texts of every stored row (categories changed) and records the categories' hash.</summary>
    Task RenderAgainAsync(Func<string, LegacyRenderings> render, string categoriesHash, CancellationToken cancellationToken);

    /// <summary>
    /// Replaces documents whose body changed; true when any did. <paramref name="changesVersion"/> false keeps the
    /// store's version (and so every ETag): for answers kept only as a fallback, not served from the store.
    /// </summary>
    Task<bool> PutDocumentsAsync(IReadOnlyList<(string Kind, string Body)> documents, DateTimeOffset syncedAt, CancellationToken cancellationToken,
        bool changesVersion = true);

    /// <summary>Upserts history days; true when any changed.</summary>
    Task<bool> PutHistoryAsync(IReadOnlyList<HistoryDay> days, CancellationToken cancellationToken);

    Task MarkHistoryCompleteAsync(CancellationToken cancellationToken);

    Task RecordSuccessAsync(DateTimeOffset at, CancellationToken cancellationToken);

    Task RecordFailureAsync(string error, DateTimeOffset at, CancellationToken cancellationToken);

    Task<string> StartRunAsync(string instance, DateTimeOffset at, CancellationToken cancellationToken);

    Task FinishRunAsync(string id, DateTimeOffset at, ChangeCounts counts, string? error, CancellationToken cancellationToken);

    // ---- sharing the work between instances ---------------------------------------------------------------------

    /// <summary>Takes this login's lock for <paramref name="purpose"/> ("sync", "login"), or null when another holds it.</summary>
    Task<IAsyncDisposable?> TryLockAsync(string purpose, CancellationToken cancellationToken);

    Task<string?> LoadSessionAsync(CancellationToken cancellationToken);

    Task SaveSessionAsync(string content, DateTimeOffset savedAt, CancellationToken cancellationToken);
}
