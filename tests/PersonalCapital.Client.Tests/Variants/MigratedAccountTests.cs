using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using SandboxLoginFlow = PersonalCapital.Sandbox.LoginFlow;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Variants;

/// <summary>
/// identifyUser answering <c>NONE</c> with success (upstream-protocol §3.2, §12): ambiguous, so one multiauth attempt
/// decides, and whatever it says is final for that login.
/// </summary>
public sealed class MigratedAccountTests
{
    [Fact]
    public async Task A_migrated_account_answering_none_reaches_data_through_exactly_one_multiauth_attempt()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = SandboxLoginFlow.Multiauth);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));

        var progress = await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        var accounts = await harness.Client.GetAccounts2Async();

        Assert.Equal(LoginProgress.Authenticated, progress);
        Assert.NotEmpty(accounts.Accounts);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[IdentifyUser]);
        Assert.Equal(1, stats[MultiauthAuthenticate]);
        Assert.Equal(1, stats[ChallengeSmsFreemium]);
        Assert.Equal(0, stats[ChallengeSms]);
        Assert.Equal(0, stats[AuthenticatePassword]);
    }

    [Fact]
    public async Task After_the_new_sign_in_the_bridge_posts_multipart_as_the_new_site_does()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = SandboxLoginFlow.Multiauth);
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        var before = await sandbox.GetEncodingsAsync();
        await using var restarted = ClientHarness.Create(sandbox, folder.File("session.json"));

        await restarted.Client.GetAccountsAsync();
        await restarted.Client.GetTransactionsAsync(new DateOnly(2025, 1, 1), new DateOnly(2025, 1, 31));

        var after = await sandbox.GetEncodingsAsync();
        Assert.Equal(before["multipart"] + 2, after["multipart"]);
        Assert.Equal(before["urlencoded"], after["urlencoded"]);
    }

    [Fact]
    public async Task A_classic_sign_in_keeps_posting_urlencoded()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);

        await harness.Client.GetAccountsAsync();

        Assert.Equal(0, (await sandbox.GetEncodingsAsync())["multipart"]);
    }

    [Fact]
    public async Task None_for_an_account_the_new_sign_in_does_not_know_is_one_attempt_then_blocked_without_a_storm()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = SandboxLoginFlow.Legacy);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), o => o.Username = "nobody@example.com");

        var first = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
        var afterFirst = await sandbox.GetStatsAsync();
        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(UpstreamFailure.Blocked, (await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync())).Failure);
            await harness.Client.KeepAliveAsync();
        }

        Assert.Equal(UpstreamFailure.Blocked, first.Failure);
        Assert.Contains("NONE", first.Message, StringComparison.Ordinal);
        Assert.Equal(SessionState.Blocked, harness.Client.Status.State);
        Assert.Equal(1, afterFirst[IdentifyUser]);
        Assert.Equal(1, afterFirst[MultiauthAuthenticate]);
        Assert.Equal(afterFirst.Total, (await sandbox.GetStatsAsync()).Total);
    }
}
