using System.Net;

namespace PersonalCapitalService.Tests.SimpleFin;

/// <summary>
/// Trouble upstream is a 200 with an entry in <c>errors</c> that starts "Connection to Empower may need attention"
/// (what Actual shows), never an error status; wrong access credentials are throttled like wrong owner logins.
/// </summary>
public sealed class SimpleFinTroubleTests
{
    private const string Attention = "Connection to Empower may need attention";

    [Fact]
    public async Task A_session_that_needs_a_code_is_named_in_errors_with_a_200()
    {
        await using var world = await SimpleFinWorld.StartAsync(logIn: false);
        var access = await world.NewAccessUrlAsync();

        var v1 = await world.Consumer.GetAsync(access, "accounts", "");
        Assert.Equal(HttpStatusCode.OK, v1.Status);
        var error = Assert.Single(v1.Json.GetProperty("errors").EnumerateArray().ToList()).GetString()!;
        Assert.StartsWith(Attention + ":", error);
        Assert.Equal(0, v1.Json.GetProperty("accounts").GetArrayLength());

        var v2 = await world.Consumer.GetAsync(access, "accounts", "version=2");
        var coded = Assert.Single(v2.Json.GetProperty("errlist").EnumerateArray().ToList());
        Assert.Equal("con.auth", coded.GetProperty("code").GetString());
        Assert.StartsWith(Attention, coded.GetProperty("msg").GetString());
    }

    [Fact]
    public async Task A_failing_sync_is_named_in_errors_while_the_accounts_are_still_served_from_the_store()
    {
        await using var world = await SimpleFinWorld.StartAsync(new Dictionary<string, string?> { ["Store:Mode"] = "Sync" });
        await world.Routes.SyncAsync();
        var access = await world.NewAccessUrlAsync();
        Assert.Empty((await world.Consumer.GetAsync(access, "accounts", "balances-only=1")).Json.GetProperty("errors").EnumerateArray());

        world.Routes.Clock.Advance(TimeSpan.FromMinutes(10));
        await world.Routes.Sandbox.DisposeAsync();
        await Assert.ThrowsAnyAsync<Exception>(world.Routes.SyncAsync);
        var body = await world.Consumer.GetAsync(access, "accounts", "balances-only=1");

        Assert.Equal(HttpStatusCode.OK, body.Status);
        var error = Assert.Single(body.Json.GetProperty("errors").EnumerateArray().ToList()).GetString()!;
        Assert.StartsWith(Attention + ": the sync with Empower is failing", error);
        Assert.True(body.Json.GetProperty("accounts").GetArrayLength() > 0);
        var v2 = await world.Consumer.GetAsync(access, "accounts", "balances-only=1&version=2");
        Assert.Equal("act.missingdata", Assert.Single(v2.Json.GetProperty("errlist").EnumerateArray().ToList()).GetProperty("code").GetString());
    }

    [Fact]
    public async Task Wrong_access_credentials_are_throttled_per_address_like_wrong_owner_logins()
    {
        await using var world = await SimpleFinWorld.StartAsync(new Dictionary<string, string?> { ["BasicAuth:MaxFailures"] = "2" });
        var access = await world.NewAccessUrlAsync();
        var (user, _) = SimpleFinConsumer.Credentials(access);

        Assert.Equal(HttpStatusCode.Forbidden, (await world.Consumer.GetAsync(access, "accounts", "", (user, "wrong"))).Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await world.Consumer.GetAsync(access, "accounts", "", (user, "wrong"))).Status);
        var blocked = await world.Consumer.GetAsync(access, "accounts", "balances-only=1");

        Assert.Equal((HttpStatusCode)429, blocked.Status);
        Assert.Equal((HttpStatusCode)429, (await world.Consumer.ClaimAsync(await world.NewSetupTokenAsync())).Status);
        Assert.Contains(world.Routes.Service.Logs.Lines, l => l.Contains("Basic authentication failed", StringComparison.Ordinal) && l.Contains("127.0.0.1", StringComparison.Ordinal));
    }
}
