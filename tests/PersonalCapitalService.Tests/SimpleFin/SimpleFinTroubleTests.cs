using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Tests.Support;

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
    public async Task A_failing_sync_is_named_in_errors_while_the_accounts_are_still_served()
    {
        var sync = new Mock<ISyncStatusSource>();
        sync.SetupGet(s => s.Current).Returns(new SyncStatus(SyncStatus.Failed, DateTimeOffset.UtcNow.AddHours(-5), "upstream error",
            DateTimeOffset.UtcNow, null, new SyncCounts(0, 0), null, null));
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, services: s => s.AddSingleton(sync.Object));
        await service.LogInAsync();
        using var consumer = new SimpleFinConsumer();
        var access = await NewAccessUrlAsync(service, consumer);

        var body = await consumer.GetAsync(access, "accounts", "balances-only=1");

        Assert.Equal(HttpStatusCode.OK, body.Status);
        Assert.StartsWith(Attention, Assert.Single(body.Json.GetProperty("errors").EnumerateArray().ToList()).GetString());
        Assert.True(body.Json.GetProperty("accounts").GetArrayLength() > 0);
        var v2 = await consumer.GetAsync(access, "accounts", "balances-only=1&version=2");
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
        Assert.Contains(world.Routes.Service.Logs.Lines, l => l.Contains("Basic authentication failed", StringComparison.Ordinal) && l.Contains("127.0.0.1", StringComparison.Ordinal));
    }

    private static async Task<Uri> NewAccessUrlAsync(RunningService service, SimpleFinConsumer consumer)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PersonalCapitalService.Cli.SimpleFinTokenVerb.RunAsync(
            [$"--SimpleFin:PublicUrl={service.BaseAddress.AbsoluteUri}", $"--PersonalCapital:SessionFile={service.SessionFile}"], output, error);
        Assert.True(exit == 0, error.ToString());
        return await consumer.ClaimAccessUrlAsync(output.ToString().Trim());
    }
}
