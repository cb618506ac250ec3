namespace PersonalCapital.Store.Model;

/// <summary>One stored transaction: indexed columns, the whole upstream object, and the legacy routes' two renderings.</summary>
/// <param name="DayRank">The upstream's order among the rows of <paramref name="Date"/>, 0 first.</param>
/// <param name="Amount">Signed: money out negative.</param>
public sealed record StoredTransaction(
    long Id,
    long? AccountId,
    DateOnly Date,
    int DayRank,
    bool Pending,
    long? CategoryId,
    decimal? Amount,
    string Upstream,
    string LegacyFull,
    string LegacyClean);

/// <summary>Which text of a stored transaction to read.</summary>
public enum TransactionText
{
    Upstream,
    LegacyFull,
    LegacyClean,
}

/// <summary>The legacy routes' two renderings of one upstream row.</summary>
public readonly record struct LegacyRenderings(string Full, string Clean);

/// <summary>A whole stored answer (or a body derived from answers) and when the sync wrote it.</summary>
public sealed record StoredDocument(string Kind, string Body, DateTimeOffset SyncedAt);

/// <summary>One day of history: the upstream's net-worth point and balance point of that date (JSON objects).</summary>
public sealed record HistoryDay(DateOnly Date, string? Networth, string? Balances);

/// <summary>What a write changed.</summary>
public readonly record struct ChangeCounts(int Added, int Changed, int Removed)
{
    public bool Any => Added + Changed + Removed > 0;

    public static ChangeCounts operator +(ChangeCounts a, ChangeCounts b) =>
        new(a.Added + b.Added, a.Changed + b.Changed, a.Removed + b.Removed);
}

/// <summary>The store's bookkeeping for one login.</summary>
/// <param name="Version">Grows with every change of stored data: a cheap validator for ETags.</param>
public sealed record StoreState(
    DateOnly? CoverageStart,
    DateOnly? CoverageEnd,
    bool HistoryComplete,
    long Version,
    DateTimeOffset? LastSuccessAt,
    string? LastError,
    DateTimeOffset? LastErrorAt,
    string? CategoriesHash);

/// <summary>One row of the sync log.</summary>
public sealed record SyncRun(string Id, string Instance, DateTimeOffset StartedAt, DateTimeOffset? EndedAt, int Added, int Changed, int Removed, string? Error);
