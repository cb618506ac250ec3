using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Tests.Variants;

/// <summary>
/// <c>AUAC_12</c>, "Max number of activation challenges" (upstream-protocol §3.7, §12): no code is asked for before
/// the wait is over, whoever asks, across restarts; a code already received can still be entered.
/// </summary>
public sealed class CodeRequestLimitTests
{
    [Fact]
    public async Task Auac_12_holds_every_code_request_until_its_time_even_across_a_restart()
    {
        using var folder = new TemporaryDirectory();
        var upstreamClock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var clock = new FakeTimeProvider(DateTimeOffset.UtcNow);
        await using var sandbox = await Sandboxes.StartAsync(o => o.ChallengeLimit = 2, upstreamClock);
        var file = folder.File("session.json");
        DateTimeOffset until;
        await using (var first = ClientHarness.Create(sandbox, file, time: clock))
        {
            await first.Client.BeginLoginAsync();
            await first.Client.SendChallengeAsync(TwoFactorMethod.Sms);
            await first.Client.SendChallengeAsync(TwoFactorMethod.Voice);

            var capped = await Assert.ThrowsAsync<UpstreamException>(() => first.Client.SendChallengeAsync(TwoFactorMethod.Sms));

            Assert.True(capped.IsCodeRequestLimit);
            Assert.Equal(UpstreamFailure.Blocked, capped.Failure);
            until = Assert.IsType<DateTimeOffset>(first.Client.Status.CodeRequestsExhaustedUntil);
            Assert.Equal(clock.GetUtcNow() + TimeSpan.FromMinutes(30), until);
            Assert.Contains(until.ToString("u"), capped.Message, StringComparison.Ordinal);
            var challenges = (await sandbox.GetStatsAsync()).Challenges;
            await Assert.ThrowsAsync<UpstreamException>(() => first.Client.SendChallengeAsync(TwoFactorMethod.Email));
            Assert.Equal(challenges, (await sandbox.GetStatsAsync()).Challenges);
        }

        clock.Advance(TimeSpan.FromMinutes(20));
        upstreamClock.Advance(TimeSpan.FromMinutes(20));
        await using var restarted = ClientHarness.Create(sandbox, file, time: clock);
        var before = await sandbox.GetStatsAsync();
        var stillHeld = await Assert.ThrowsAsync<UpstreamException>(() => restarted.Client.SendChallengeAsync(TwoFactorMethod.Sms));

        Assert.True(stillHeld.IsCodeRequestLimit);
        Assert.Equal(until, restarted.Client.Status.CodeRequestsExhaustedUntil);
        Assert.Equal(TimeSpan.FromMinutes(10), stillHeld.RetryAfter);
        Assert.Equal(before.Total, (await sandbox.GetStatsAsync()).Total);

        clock.Advance(TimeSpan.FromMinutes(10));
        await restarted.Client.SendChallengeAsync(TwoFactorMethod.Sms);
        Assert.Null(restarted.Client.Status.CodeRequestsExhaustedUntil);
        Assert.Equal(before.Challenges + 1, (await sandbox.GetStatsAsync()).Challenges);
    }

    [Fact]
    public async Task A_code_received_before_the_cap_can_still_be_entered()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.ChallengeLimit = 1);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.BeginLoginAsync();
        await harness.Client.SendChallengeAsync(TwoFactorMethod.Sms);
        await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.SendChallengeAsync(TwoFactorMethod.Sms));

        var progress = await harness.Client.CompleteLoginAsync(Sandboxes.FixedCode);

        Assert.Equal(LoginProgress.Authenticated, progress);
        await harness.Client.GetAccountsAsync();
    }
}
