using System.Data.Common;
using System.Globalization;
using Dapper;
using Microsoft.Data.Sqlite;

namespace PersonalCapital.Store.Database;

/// <summary>
/// The default store: one file, WAL mode (readers never wait for the sync's writes). Locks are leases in the
/// <c>leases</c> table, renewed while held, so a <c>sync</c> verb and a running service never sync at once and a
/// killed holder's lease runs out by itself.
/// </summary>
internal sealed class SqliteDatabase : StoreDatabase
{
    internal static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(2);

    private readonly string _connectionString;
    // Leases are about real time (a killed holder's lease must run out), never a test's or the owner's clock.
    private readonly TimeProvider _time = TimeProvider.System;
    private int _walSet;

    public SqliteDatabase(string connectionString)
    {
        var builder = new SqliteConnectionStringBuilder(connectionString)
        {
            Mode = SqliteOpenMode.ReadWriteCreate,
            DefaultTimeout = 30,
            Pooling = true,
        };
        if (string.IsNullOrWhiteSpace(builder.DataSource))
        {
            throw new ArgumentException("Store__ConnectionString must name a SQLite file (Data Source=pcs.db).", nameof(connectionString));
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
        if (folder is not null && !Directory.Exists(folder))
        {
            throw new ArgumentException($"Store__ConnectionString names a file in a folder that does not exist: {folder}.", nameof(connectionString));
        }
        _connectionString = builder.ToString();
    }

    public override StoreProvider Provider => StoreProvider.Sqlite;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            if (Interlocked.Exchange(ref _walSet, 1) == 0)
            {
                // Persistent for the file: once set, every later connection uses WAL too.
                await connection.ExecuteAsync("PRAGMA journal_mode=WAL;");
            }
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    public override async Task<IAsyncDisposable?> TryLockAsync(string name, CancellationToken cancellationToken)
    {
        var holder = Guid.NewGuid().ToString("N");
        return await TryTakeLeaseAsync(name, holder, cancellationToken) ? new Lease(this, name, holder) : null;
    }

    internal override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        Task.CompletedTask; // BEGIN IMMEDIATE already makes every other writer wait.

    private async Task<bool> TryTakeLeaseAsync(string name, string holder, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        await using var connection = await OpenAsync(cancellationToken);
        var taken = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO leases (name, holder, expires_at) VALUES (@name, @holder, @expires)
            ON CONFLICT (name) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at
            WHERE leases.expires_at < @now OR leases.holder = @holder
            """,
            new { name, holder, expires = OwnerStore.Format(now + LeaseLength), now = OwnerStore.Format(now) }, cancellationToken: cancellationToken));
        return taken == 1;
    }

    private sealed class Lease : IAsyncDisposable
    {
        private readonly SqliteDatabase _database;
        private readonly string _name;
        private readonly string _holder;
        private readonly CancellationTokenSource _stop = new();
        private readonly Task _renewal;

        public Lease(SqliteDatabase database, string name, string holder)
        {
            _database = database;
            _name = name;
            _holder = holder;
            _renewal = RenewAsync();
        }

        public async ValueTask DisposeAsync()
        {
            await _stop.CancelAsync();
            await _renewal;
            _stop.Dispose();
            await using var connection = await _database.OpenAsync(CancellationToken.None);
            await connection.ExecuteAsync("DELETE FROM leases WHERE name = @name AND holder = @holder", new { name = _name, holder = _holder });
        }

        private async Task RenewAsync()
        {
            try
            {
                using var timer = new PeriodicTimer(LeaseLength / 4, _database._time);
                while (await timer.WaitForNextTickAsync(_stop.Token))
                {
                    await _database.TryTakeLeaseAsync(_name, _holder, _stop.Token);
                }
            }
            catch (OperationCanceledException)
            {
            }
            catch (SqliteException)
            {
                // A busy file: the next tick tries again, and the lease is long enough to wait for it.
            }
        }
    }
}
