using System.Data.Common;

namespace PersonalCapital.Store.Database;

/// <summary>One database of either provider: connections, and the one thing the providers do differently (locks).</summary>
public abstract class StoreDatabase
{
    public abstract StoreProvider Provider { get; }

    /// <summary>An open connection; the caller disposes it.</summary>
    public abstract Task<DbConnection> OpenAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Takes the named lock if no one (in this process or another) holds it, else returns null at once. The lock is
    /// held until the returned handle is disposed, or the process dies.
    /// </summary>
    public abstract Task<IAsyncDisposable?> TryLockAsync(string name, CancellationToken cancellationToken);

    /// <summary>Creates the schema, or brings it up to date; safe when several instances start at once.</summary>
    public Task MigrateAsync(CancellationToken cancellationToken) => Migrator.ApplyAsync(this, cancellationToken);

    /// <summary>Serializes migrations across instances inside <paramref name="transaction"/>.</summary>
    internal abstract Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken);

    public static StoreDatabase Create(StoreOptions options) => options.Provider switch
    {
        StoreProvider.Sqlite => new SqliteDatabase(options.ConnectionString),
        StoreProvider.Postgres => new PostgresDatabase(options.ConnectionString),
        _ => throw new ArgumentOutOfRangeException(nameof(options), options.Provider, "Store__Provider must be Sqlite or Postgres."),
    };
}
