using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Recovery;

/// <summary>Re-authenticate once, single-flight (architecture, design rules).</summary>
public sealed class SilentReloginTests
{
    [Fact]
    public async Task Fifty_concurrent_calls_on_an_expired_session_cause_exactly_one_login()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        await harness.Client.GetAccountsAsync();
        await sandbox.ExpireSessionsAsync();
        var before = await sandbox.GetStatsAsync();

        using var start = new ManualResetEventSlim();
        var calls = Enumerable.Range(0, 50).Select(i => Task.Run(async () =>
        {
            start.Wait();
            return i % 2 == 0
                ? (object)await harness.Client.GetAccountsAsync()
                : await harness.Client.GetAccounts2Async();
        })).ToList();
        start.Set();
        var results = await Task.WhenAll(calls);

        Assert.All(results, Assert.NotNull);
        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before[IdentifyUser] + 1, after[IdentifyUser]);
        Assert.Equal(before[AuthenticatePassword] + 1, after[AuthenticatePassword]);
        Assert.Equal(before[GoHome] + 1, after[GoHome]);
        // The others waited for that login instead of probing the session themselves.
        Assert.Equal(before[QuerySession] + 1, after[QuerySession]);
        Assert.Equal(before.Challenges, after.Challenges);
        Assert.Equal(SessionState.Authenticated, harness.Client.Status.State);
        Assert.Equal(0, harness.Client.Status.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_renewed_session_is_saved_so_the_next_instance_does_not_log_in_again()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
            await sandbox.ExpireSessionsAsync();
            await first.Client.GetAccountsAsync();
        }
        var before = await sandbox.GetStatsAsync();
        await using var second = ClientHarness.Create(sandbox, folder.File("session.json"));

        await second.Client.GetAccountsAsync();

        Assert.Equal(before.Login, (await sandbox.GetStatsAsync()).Login);
    }
}
