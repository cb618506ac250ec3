using Npgsql;
using PersonalCapital.Store.Database;

namespace PersonalCapital.Store.Tests;

/// <summary>
/// A fresh, empty database of either provider for one test. SQLite: a file in a temp folder. PostgreSQL: a new database
/// on the server named by <c>PCS_TEST_POSTGRES</c> (.ci/run starts a throw-away cluster and sets it), dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "PCS_TEST_POSTGRES";

    private readonly string? _folder;
    private readonly string? _postgresName;

    private TestDatabase(StoreOptions options, string? folder, string? postgresName)
    {
        Options = options;
        _folder = folder;
        _postgresName = postgresName;
    }

    public StoreOptions Options { get; }

    /// <summary>A second connection to the same database, as another instance of the service would have.</summary>
    public StoreDatabase Open() => StoreDatabase.Create(Options);

    public async Task<OwnerStore> OwnerAsync(string login = "login-a")
    {
        var store = new OwnerStore(Open(), login);
        await store.InitializeAsync(CancellationToken.None);
        return store;
    }

    public static string? PostgresServer => Environment.GetEnvironmentVariable(PostgresVariable) is { Length: > 0 } value ? value : null;

    public static async Task<TestDatabase> CreateAsync(StoreProvider provider)
    {
        if (provider == StoreProvider.Sqlite)
        {
            var folder = Directory.CreateTempSubdirectory("pcs-store-test-").FullName;
            return new TestDatabase(new StoreOptions { Provider = provider, ConnectionString = $"Data Source={Path.Combine(folder, "pcs.db")}" }, folder, null);
        }
        var server = PostgresServer ?? throw new InvalidOperationException($"{PostgresVariable} is not set.");
        var name = "pcs_test_" + Guid.NewGuid().ToString("N")[..12];
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(new StoreOptions { Provider = provider, ConnectionString = builder.ConnectionString }, null, name);
    }

    public async ValueTask DisposeAsync()
    {
        if (_folder is not null)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_folder, recursive: true);
        }
        if (_postgresName is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresServer);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_postgresName} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>
/// A theory over both providers. PostgreSQL cases skip where no server is configured, except where
/// <c>REQUIRE_POSTGRES=1</c> (CI), where a missing server fails them.
/// </summary>
public sealed class ProvidersAttribute : Xunit.Sdk.DataAttribute
{
    public override IEnumerable<object[]> GetData(System.Reflection.MethodInfo testMethod)
    {
        yield return [StoreProvider.Sqlite];
        if (TestDatabase.PostgresServer is not null || Environment.GetEnvironmentVariable("REQUIRE_POSTGRES") == "1")
        {
            yield return [StoreProvider.Postgres];
        }
    }
}
