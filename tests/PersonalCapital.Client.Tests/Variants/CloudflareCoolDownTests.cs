using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using PersonalCapital.Sandbox;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Variants;

/// <summary>
/// A Cloudflare challenge (HTTP 403, <c>cf-mitigated: challenge</c>; upstream-protocol §4.3, §12: retrying makes it
/// worse) cools down for 30 minutes, doubled on each repeat, with no upstream call at all meanwhile, not even a
/// restart's; the first good answer ends the run.
/// </summary>
public sealed class CloudflareCoolDownTests
{
    [Fact]
    public async Task A_challenge_cools_down_thirty_minutes_then_sixty_with_no_call_and_no_login_meanwhile()
    {
        using var folder = new TemporaryDirectory();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sandboxOptions = Sandboxes.Options();
        await using var sandbox = await Sandboxes.StartAsync(sandboxOptions);
        var file = folder.File("session.json");
        await using var harness = ClientHarness.Create(sandbox, file, time: clock);
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        var loggedIn = await sandbox.GetStatsAsync();
        sandboxOptions.Faults.Cloudflare = 1;

        var challenged = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());

        Assert.True(challenged.IsCloudflareChallenge);
        Assert.Equal(SessionState.Blocked, harness.Client.Status.State);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(30), harness.Client.Status.CoolDownUntil);
        var afterChallenge = await sandbox.GetStatsAsync();
        Assert.Equal(loggedIn[GetAccounts] + 1, afterChallenge[GetAccounts]);

        clock.Advance(TimeSpan.FromMinutes(29));
        for (var i = 0; i < 3; i++)
        {
            var held = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
            Assert.Equal(UpstreamFailure.Blocked, held.Failure);
            Assert.Equal(TimeSpan.FromMinutes(1), held.RetryAfter);
            await harness.Client.KeepAliveAsync();
        }
        await using (var restarted = ClientHarness.Create(sandbox, file, time: clock))
        {
            await Assert.ThrowsAsync<UpstreamException>(() => restarted.Client.GetAccountsAsync());
            await restarted.Client.KeepAliveAsync();
            Assert.Equal(SessionState.Blocked, restarted.Client.Status.State);
        }
        var duringCoolDown = await sandbox.GetStatsAsync();
        Assert.Equal(afterChallenge.Total, duringCoolDown.Total);
        Assert.Equal(loggedIn.Login, duringCoolDown.Login);

        clock.Advance(TimeSpan.FromMinutes(2));
        await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(60), harness.Client.Status.CoolDownUntil);
        Assert.Equal(afterChallenge.Total + 1, (await sandbox.GetStatsAsync()).Total);

        sandboxOptions.Faults.Cloudflare = 0;
        clock.Advance(TimeSpan.FromMinutes(61));
        await harness.Client.GetAccountsAsync();
        Assert.Equal(SessionState.Authenticated, harness.Client.Status.State);
        Assert.Null(harness.Client.Status.CoolDownUntil);
        Assert.Equal(loggedIn.Login, (await sandbox.GetStatsAsync()).Login);

        // The run ended with that good answer: the next challenge starts from thirty minutes again.
        sandboxOptions.Faults.Cloudflare = 1;
        await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(30), harness.Client.Status.CoolDownUntil);
    }

    [Fact]
    public async Task A_challenge_met_by_a_silent_login_cools_down_once_and_no_login_follows()
    {
        using var folder = new TemporaryDirectory();
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var sandboxOptions = Sandboxes.Options();
        await using var sandbox = await Sandboxes.StartAsync(sandboxOptions);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), time: clock);
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        await sandbox.ExpireSessionsAsync();
        sandboxOptions.Faults.CloudflareOnLogin = 1;

        var challenged = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
        var afterChallenge = await sandbox.GetStatsAsync();
        await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
        await harness.Client.KeepAliveAsync();

        Assert.Equal(UpstreamFailure.Blocked, challenged.Failure);
        Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(30), harness.Client.Status.CoolDownUntil);
        Assert.Equal(afterChallenge.Total, (await sandbox.GetStatsAsync()).Total);
        // Only the first login identified: the renewal was stopped at its first call, and nothing was tried again.
        Assert.Equal(1, afterChallenge[IdentifyUser]);
    }

    [Fact]
    public void A_cool_down_shorter_than_thirty_minutes_is_refused_at_start()
    {
        var failure = Assert.ThrowsAny<Exception>(() =>
        {
            var harness = ClientHarness.Create(new Uri("http://127.0.0.1:9/"), "unused.json", o => o.CloudflareCoolDown = TimeSpan.FromMinutes(5));
            _ = harness.Options;
        });
        Assert.Contains("CloudflareCoolDown", failure.Message, StringComparison.Ordinal);
    }
}
