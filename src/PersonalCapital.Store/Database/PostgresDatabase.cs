using System.Buffers.Binary;
using System.Data.Common;
using System.Security.Cryptography;
using System.Text;
using Dapper;
using Npgsql;

namespace PersonalCapital.Store.Database;

/// <summary>
/// PostgreSQL, for several instances sharing the work. Locks are session-level advisory locks on a connection of
/// their own (outside the pool): the server releases them when the holder closes it or dies, so a killed
/// instance never leaves a lock behind.
/// </summary>
internal sealed class PostgresDatabase : StoreDatabase
{
    private readonly NpgsqlDataSource _pooled;
    private readonly string _unpooled;

    public PostgresDatabase(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        _pooled = NpgsqlDataSource.Create(builder.ConnectionString);
        builder.Pooling = false;
        _unpooled = builder.ConnectionString;
    }

    public override StoreProvider Provider => StoreProvider.Postgres;

    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _pooled.OpenConnectionAsync(cancellationToken);

    public override async Task<IAsyncDisposable?> TryLockAsync(string name, CancellationToken cancellationToken)
    {
        var connection = new NpgsqlConnection(_unpooled);
        try
        {
            await connection.OpenAsync(cancellationToken);
            var taken = await connection.ExecuteScalarAsync<bool>(new CommandDefinition(
                "SELECT pg_try_advisory_lock(@key)", new { key = Key(name) }, cancellationToken: cancellationToken));
            if (taken)
            {
                return new Held(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
        await connection.DisposeAsync();
        return null;
    }

    internal override Task LockForMigrationAsync(DbConnection connection, DbTransaction transaction, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_xact_lock(@key)", new { key = Key("migrations") }, transaction,
            cancellationToken: cancellationToken));

    /// <summary>A stable 64-bit key for a lock name (advisory locks are numbered).</summary>
    internal static long Key(string name) =>
        BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes("pcs:" + name)));

    private sealed class Held(NpgsqlConnection connection) : IAsyncDisposable
    {
        // Closing the unpooled connection ends the server session, and with it every advisory lock it held.
        public ValueTask DisposeAsync() => connection.DisposeAsync();
    }
}
