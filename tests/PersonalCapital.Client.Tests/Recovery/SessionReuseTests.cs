using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Recovery;

/// <summary>A live session saved by one instance is used as it is by the next: no login at all (upstream-protocol §3.4).</summary>
public sealed class SessionReuseTests
{
    [Fact]
    public async Task A_second_instance_with_a_live_session_file_calls_data_without_any_login_call()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        var before = await sandbox.GetStatsAsync();
        await using var second = ClientHarness.Create(sandbox, folder.File("session.json"));

        await second.Client.GetAccountsAsync();
        await second.Client.GetAccounts2Async();
        await second.Client.GetTransactionsAsync(new DateOnly(2024, 1, 1), new DateOnly(2024, 1, 31));

        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before.Login, after.Login);
        Assert.Equal(before[IdentifyUser], after[IdentifyUser]);
        Assert.Equal(before[AuthenticatePassword], after[AuthenticatePassword]);
        Assert.Equal(before[QuerySession], after[QuerySession]);
        Assert.Equal(before[GetAccounts] + 1, after[GetAccounts]);
        Assert.Equal(SessionState.Authenticated, second.Client.Status.State);
    }

    [Fact]
    public async Task Keep_alive_on_a_live_session_only_asks_the_session_state()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        var before = await sandbox.GetStatsAsync();
        await using var second = ClientHarness.Create(sandbox, folder.File("session.json"));

        var status = await second.Client.KeepAliveAsync();

        Assert.Equal(SessionState.Authenticated, status.State);
        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before.Login, after.Login);
        Assert.Equal(before[QuerySession] + 1, after[QuerySession]);
    }

    [Fact]
    public async Task Keep_alive_on_an_expired_session_renews_it_silently()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        await sandbox.ExpireSessionsAsync();

        var status = await harness.Client.KeepAliveAsync();

        Assert.Equal(SessionState.Authenticated, status.State);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(2, stats[IdentifyUser]);
        Assert.Equal(1, stats.Challenges);
        var before = stats[GetAccounts];
        await harness.Client.GetAccountsAsync();
        Assert.Equal(2, (await sandbox.GetStatsAsync())[IdentifyUser]);
        Assert.Equal(before + 1, (await sandbox.GetStatsAsync())[GetAccounts]);
    }
}
