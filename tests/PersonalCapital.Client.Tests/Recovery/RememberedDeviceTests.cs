using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Recovery;

/// <summary>
/// The PMData device cookie (upstream-protocol §3.4): once a login passed a second factor, later logins, even by
/// another process reading the same session file, go straight to the password.
/// </summary>
public sealed class RememberedDeviceTests
{
    [Fact]
    public async Task A_new_instance_with_the_session_file_logs_in_again_after_expiry_without_a_code()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        await sandbox.ExpireSessionsAsync();
        var before = await sandbox.GetStatsAsync();
        await using var second = ClientHarness.Create(sandbox, folder.File("session.json"));

        await second.Client.GetAccountsAsync();

        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before.Challenges, after.Challenges);
        Assert.Equal(before[AuthenticateSms], after[AuthenticateSms]);
        Assert.Equal(before[IdentifyUser] + 1, after[IdentifyUser]);
        Assert.Equal(before[AuthenticatePassword] + 1, after[AuthenticatePassword]);
        Assert.Equal(SessionState.Authenticated, second.Client.Status.State);
    }

    [Fact]
    public async Task A_human_login_on_a_remembered_device_needs_no_code()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        await sandbox.ExpireSessionsAsync();
        await using var second = ClientHarness.Create(sandbox, folder.File("session.json"));
        var codes = new SandboxCodeSource(sandbox);

        var progress = await second.Client.LoginAsync(codes, TwoFactorMethod.Sms);

        Assert.Equal(LoginProgress.Authenticated, progress);
        Assert.Empty(codes.Asked);
        Assert.Equal(1, (await sandbox.GetStatsAsync()).Challenges);
    }

    [Fact]
    public async Task Without_the_device_cookie_a_new_instance_needs_a_code_again()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, folder.File("first.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        await using var stranger = ClientHarness.Create(sandbox, folder.File("other.json"));

        Assert.Equal(LoginProgress.NeedsSecondFactor, await stranger.Client.BeginLoginAsync());
    }

    [Fact]
    public async Task A_session_idle_past_the_upstream_ttl_is_renewed_silently_on_the_shared_clock()
    {
        using var folder = new TemporaryDirectory();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await Sandboxes.StartAsync(o => o.SessionTtl = TimeSpan.FromMinutes(30), clock);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), time: clock);
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        await harness.Client.GetAccountsAsync();
        var before = await sandbox.GetStatsAsync();

        clock.Advance(TimeSpan.FromMinutes(20));
        await harness.Client.GetAccountsAsync();
        Assert.Equal(before[IdentifyUser], (await sandbox.GetStatsAsync())[IdentifyUser]);

        clock.Advance(TimeSpan.FromMinutes(31));
        await harness.Client.GetAccountsAsync();

        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before[IdentifyUser] + 1, after[IdentifyUser]);
        Assert.Equal(before.Challenges, after.Challenges);
        Assert.Equal(clock.GetUtcNow(), harness.Client.Status.LastSuccess);
    }
}
