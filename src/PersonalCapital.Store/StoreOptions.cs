namespace PersonalCapital.Store;

public enum StoreProvider
{
    Sqlite,
    Postgres,
}

/// <summary>How routes get their data.</summary>
public enum StoreMode
{
    /// <summary>A background sync fills the store; routes answer from it.</summary>
    Sync,

    /// <summary>Every request goes to the upstream, as the original service did.</summary>
    Live,
}

/// <summary>Settings of the local store, bound from the <c>Store</c> configuration section.</summary>
public sealed class StoreOptions
{
    public const string SectionName = "Store";

    public StoreProvider Provider { get; set; } = StoreProvider.Sqlite;

    /// <summary>SQLite: a file (relative to the working folder); PostgreSQL: an Npgsql connection string.</summary>
    public string ConnectionString { get; set; } = "Data Source=pcs.db";

    public StoreMode Mode { get; set; } = StoreMode.Sync;
}
