using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Recovery;

/// <summary>
/// A login that needs a human is never attempted by a data call: the client says "needs second factor" and fails
/// fast until a human logs in (architecture, design rules).
/// </summary>
public sealed class SecondFactorDuringDataCallTests
{
    [Fact]
    public async Task A_data_call_that_would_need_a_code_fails_without_challenging_and_later_calls_fail_fast()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.SecondFactorRequired, failure.Failure);
        Assert.Equal(SessionState.NeedsSecondFactor, harness.Client.Status.State);
        // Waiting for a human is a state, not a failing upstream: no failure is counted.
        Assert.Null(harness.Client.Status.LastFailureKind);
        var afterFirst = await sandbox.GetStatsAsync();
        Assert.Equal(0, afterFirst.Challenges);
        Assert.Equal(1, afterFirst[IdentifyUser]);
        Assert.Equal(0, afterFirst[AuthenticatePassword]);

        for (var i = 0; i < 3; i++)
        {
            var again = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccounts2Async());
            Assert.Equal(UpstreamFailure.SecondFactorRequired, again.Failure);
        }
        var keepAlive = await harness.Client.KeepAliveAsync();

        Assert.Equal(SessionState.NeedsSecondFactor, keepAlive.State);
        Assert.Equal(afterFirst.Total, (await sandbox.GetStatsAsync()).Total);
        Assert.Equal(0, harness.Client.Status.ConsecutiveFailures);
    }

    [Fact]
    public async Task An_expired_session_of_an_mfa_every_sign_in_account_stops_at_needs_second_factor()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.MfaEverySignIn = true);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        await sandbox.ExpireSessionsAsync();
        var before = await sandbox.GetStatsAsync();

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.SecondFactorRequired, failure.Failure);
        Assert.Equal(SessionState.NeedsSecondFactor, harness.Client.Status.State);
        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before.Challenges, after.Challenges);
        Assert.Equal(before[AuthenticatePassword] + 1, after[AuthenticatePassword]);

        await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
        Assert.Equal(after.Total, (await sandbox.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task A_human_login_ends_the_wait_and_data_calls_work_again()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());

        Assert.Equal(LoginProgress.Authenticated, await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms));

        await harness.Client.GetAccountsAsync();
        Assert.Equal(SessionState.Authenticated, harness.Client.Status.State);
        Assert.Equal(0, harness.Client.Status.ConsecutiveFailures);
    }

    [Fact]
    public async Task A_waiting_instance_adopts_the_session_another_instance_saved_after_a_human_login()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var service = ClientHarness.Create(sandbox, folder.File("session.json"));
        await Assert.ThrowsAsync<UpstreamException>(() => service.Client.GetAccountsAsync());
        Assert.Equal(SessionState.NeedsSecondFactor, service.Client.Status.State);

        // The login verb, run as another process, writes the session file.
        await using (var loginVerb = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await loginVerb.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        var before = await sandbox.GetStatsAsync();

        await service.Client.GetAccountsAsync();

        Assert.Equal(SessionState.Authenticated, service.Client.Status.State);
        Assert.Equal(before.Login, (await sandbox.GetStatsAsync()).Login);
    }
}
