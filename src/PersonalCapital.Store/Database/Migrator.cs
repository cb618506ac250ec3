using System.Data.Common;
using System.Globalization;
using System.Reflection;
using Dapper;

namespace PersonalCapital.Store.Database;

/// <summary>
/// Numbered SQL files (Migrations/NNNN_name.sql, embedded) applied in order at start, each in its own transaction
/// with its row in <c>schema_migrations</c>. Plain SQL rather than EF Core migrations: the stored rows are upstream
/// JSON plus a few indexed columns, one DDL serves both providers, and a reader sees the schema as written.
/// </summary>
internal static class Migrator
{
    private const string Prefix = "Migrations.";

    public static IReadOnlyList<(int Version, string Name, string Sql)> Migrations { get; } = Load();

    public static async Task ApplyAsync(StoreDatabase database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        foreach (var (version, name, sql) in Migrations)
        {
            // Under the migration lock, so instances starting together neither race on the table nor apply a file twice.
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await database.LockForMigrationAsync(connection, transaction, cancellationToken);
            await connection.ExecuteAsync(new CommandDefinition(
                "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)",
                transaction: transaction, cancellationToken: cancellationToken));
            var applied = await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                "SELECT COUNT(*) FROM schema_migrations WHERE version = @version", new { version }, transaction, cancellationToken: cancellationToken));
            if (applied == 0)
            {
                await connection.ExecuteAsync(new CommandDefinition(sql, transaction: transaction, cancellationToken: cancellationToken));
                await connection.ExecuteAsync(new CommandDefinition(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                    new { version, name, at = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture) },
                    transaction, cancellationToken: cancellationToken));
            }
            await transaction.CommitAsync(cancellationToken);
        }
    }

    private static List<(int, string, string)> Load()
    {
        var assembly = typeof(Migrator).Assembly;
        return [.. assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Resource: n, File: n[Prefix.Length..^4]))
            .Select(r => (int.Parse(r.File[..4], CultureInfo.InvariantCulture), r.File[5..], Read(assembly, r.Resource)))
            .OrderBy(m => m.Item1)];
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
