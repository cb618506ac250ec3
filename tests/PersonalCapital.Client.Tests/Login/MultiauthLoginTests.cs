using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;
using SandboxLoginFlow = PersonalCapital.Sandbox.LoginFlow;

namespace PersonalCapital.Client.Tests.Login;

/// <summary>The 2025 sign-in (upstream-protocol §3.6), reached when identifyUser says the user migrated.</summary>
public sealed class MultiauthLoginTests
{
    [Fact]
    public async Task A_migrated_account_falls_back_to_multiauth_and_passes_by_sms()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o =>
        {
            o.LoginFlow = SandboxLoginFlow.Multiauth;
            o.TwoFactorCode = null;
        });
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var client = harness.Client;

        Assert.Equal(LoginProgress.NeedsSecondFactor, await client.BeginLoginAsync());
        Assert.True(client.SecondFactorOffersOnlySms);
        await client.SendChallengeAsync(TwoFactorMethod.Sms);
        var progress = await client.CompleteLoginAsync(sandbox.Codes.Last!.Code);

        Assert.Equal(LoginProgress.Authenticated, progress);
        Assert.Equal(SessionState.Authenticated, client.Status.State);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[IdentifyUser]);
        Assert.Equal(1, stats[MultiauthAuthenticate]);
        Assert.Equal(1, stats[AuthenticateToken]);
        Assert.Equal(1, stats[ChallengeSmsFreemium]);
        Assert.Equal(1, stats[AuthenticateSmsFreemium]);
        Assert.Equal(1, stats.Challenges);
        Assert.Equal(0, stats[ChallengeSms]);
        Assert.Equal(0, stats[AuthenticatePassword]);
        await client.GetAccountsAsync();
    }

    [Theory]
    [InlineData(TwoFactorMethod.Email)]
    [InlineData(TwoFactorMethod.Voice)]
    [InlineData(TwoFactorMethod.Totp)]
    public async Task A_migrated_account_refuses_other_methods_with_a_clear_error_and_sends_nothing(TwoFactorMethod method)
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = SandboxLoginFlow.Multiauth);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.BeginLoginAsync();

        var refused = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.SendChallengeAsync(method));

        Assert.Equal(UpstreamFailure.SecondFactorRequired, refused.Failure);
        Assert.Contains("SMS only", refused.Message);
        Assert.Equal(0, (await sandbox.GetStatsAsync()).Challenges);
        Assert.Equal(SessionState.NeedsSecondFactor, harness.Client.Status.State);

        // The login is still waiting: SMS works afterwards.
        await harness.Client.SendChallengeAsync(TwoFactorMethod.Sms);
        Assert.Equal(LoginProgress.Authenticated, await harness.Client.CompleteLoginAsync(sandbox.Codes.Last!.Code));
    }

    [Fact]
    public async Task A_device_remembered_by_multiauth_signs_in_again_without_a_code()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = SandboxLoginFlow.Multiauth);
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        await sandbox.ExpireSessionsAsync();
        await using var second = ClientHarness.Create(sandbox, folder.File("session.json"));

        await second.Client.GetAccountsAsync();

        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats.Challenges);
        Assert.Equal(2, stats[AuthenticateToken]);
        Assert.Equal(SessionState.Authenticated, second.Client.Status.State);
    }
}
