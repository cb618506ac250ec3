using PersonalCapital.Store.Tests;

namespace PersonalCapitalService.Tests.Support;

/// <summary>
/// A test that needs a real PostgreSQL server (<c>PCS_TEST_POSTGRES</c>; .ci/run starts one). Skipped, with the
/// reason, where none is configured, except where <c>REQUIRE_POSTGRES=1</c> (CI), where it always runs.
/// </summary>
public sealed class PostgresFactAttribute : FactAttribute
{
    public PostgresFactAttribute()
    {
        if (TestDatabase.PostgresServer is null && Environment.GetEnvironmentVariable("REQUIRE_POSTGRES") != "1")
        {
            Skip = $"No PostgreSQL server: set {TestDatabase.PostgresVariable} to a connection string (bash .ci/run starts one).";
        }
    }
}
