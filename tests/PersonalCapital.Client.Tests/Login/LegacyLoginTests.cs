using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;
using SandboxLoginFlow = PersonalCapital.Sandbox.LoginFlow;

namespace PersonalCapital.Client.Tests.Login;

/// <summary>The identifyUser flow (upstream-protocol §3.3) with each second factor, whole and step by step.</summary>
public sealed class LegacyLoginTests
{
    public static TheoryData<TwoFactorMethod, string, string> Methods => new()
    {
        { TwoFactorMethod.Sms, ChallengeSms, AuthenticateSms },
        { TwoFactorMethod.Email, ChallengeEmail, AuthenticateEmail },
        { TwoFactorMethod.Voice, ChallengePhone, AuthenticatePhone },
        { TwoFactorMethod.Totp, ChallengeTotp, AuthenticateTotp },
    };

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_login_with_a_fixed_code_passes_by_the_chosen_channel_only(TwoFactorMethod method, string challengePath, string codePath)
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var codes = new SandboxCodeSource(sandbox);

        var progress = await harness.Client.LoginAsync(codes, method);

        Assert.Equal(LoginProgress.Authenticated, progress);
        Assert.Equal(SessionState.Authenticated, harness.Client.Status.State);
        Assert.Equal([method], codes.Asked);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[challengePath]);
        Assert.Equal(1, stats[codePath]);
        Assert.Equal(1, stats.Challenges);
        Assert.Equal(1, stats[IdentifyUser]);
        Assert.Equal(1, stats[AuthenticatePassword]);
        Assert.Equal(0, UpstreamPaths.Multiauth.Sum(path => stats[path]));

        await harness.Client.GetAccountsAsync();
        Assert.Equal(stats.Login, (await sandbox.GetStatsAsync()).Login);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public async Task A_login_with_a_random_code_uses_the_code_the_challenge_issued(TwoFactorMethod method, string challengePath, string codePath)
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.TwoFactorCode = null);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var codes = new SandboxCodeSource(sandbox);

        var progress = await harness.Client.LoginAsync(codes, method);

        Assert.Equal(LoginProgress.Authenticated, progress);
        var issued = Assert.IsType<PersonalCapital.Sandbox.Sessions.IssuedCode>(codes.LastGiven);
        Assert.Equal(SandboxCodeSource.ChannelOf(method), issued.Channel);
        Assert.Equal(Sandboxes.Username, issued.Username);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[challengePath]);
        Assert.Equal(1, stats[codePath]);
        await harness.Client.GetAccounts2Async();
    }

    [Fact]
    public async Task The_configured_method_is_used_when_none_is_given()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), o => o.TwoFactorMethod = TwoFactorMethod.Email);

        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox));

        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[ChallengeEmail]);
        Assert.Equal(0, stats[ChallengeSms]);
    }

    [Fact]
    public async Task The_human_steps_stop_for_the_code_and_then_finish_the_login()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.TwoFactorCode = null);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var client = harness.Client;

        Assert.Equal(LoginProgress.NeedsSecondFactor, await client.BeginLoginAsync());
        Assert.Equal(SessionState.NeedsSecondFactor, client.Status.State);
        Assert.False(client.SecondFactorOffersOnlySms);
        var afterBegin = await sandbox.GetStatsAsync();
        Assert.Equal(0, afterBegin.Challenges);
        Assert.Equal(0, afterBegin[AuthenticatePassword]);

        await client.SendChallengeAsync(TwoFactorMethod.Sms);
        var afterChallenge = await sandbox.GetStatsAsync();
        Assert.Equal(1, afterChallenge[ChallengeSms]);
        Assert.Equal(0, afterChallenge[AuthenticateSms]);

        var progress = await client.CompleteLoginAsync(sandbox.Codes.Last!.Code);

        Assert.Equal(LoginProgress.Authenticated, progress);
        Assert.Equal(SessionState.Authenticated, client.Status.State);
        var done = await sandbox.GetStatsAsync();
        Assert.Equal(1, done[ChallengeSms]);
        Assert.Equal(1, done[AuthenticateSms]);
        Assert.Equal(1, done[AuthenticatePassword]);
        var accounts = await client.GetAccountsAsync();
        Assert.NotEmpty(accounts.Accounts);
        Assert.NotNull(accounts.Networth);
    }

    [Fact]
    public async Task A_wrong_code_keeps_the_login_waiting_and_the_right_one_then_succeeds()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.TwoFactorCode = null);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var client = harness.Client;
        await client.BeginLoginAsync();
        await client.SendChallengeAsync(TwoFactorMethod.Sms);
        var right = sandbox.Codes.Last!.Code;
        var wrong = right == "000000" ? "000001" : "000000";

        var refused = await Assert.ThrowsAsync<UpstreamException>(() => client.CompleteLoginAsync(wrong));

        Assert.Equal(UpstreamFailure.SecondFactorRequired, refused.Failure);
        Assert.False(refused.IsTransient);
        Assert.Equal(SessionState.NeedsSecondFactor, client.Status.State);
        var afterWrong = await sandbox.GetStatsAsync();
        Assert.Equal(1, afterWrong[AuthenticateSms]);
        Assert.Equal(0, afterWrong[AuthenticatePassword]);

        Assert.Equal(LoginProgress.Authenticated, await client.CompleteLoginAsync(right));

        var done = await sandbox.GetStatsAsync();
        Assert.Equal(2, done[AuthenticateSms]);
        Assert.Equal(1, done[ChallengeSms]);
        Assert.Equal(1, done[AuthenticatePassword]);
        Assert.Equal(SessionState.Authenticated, client.Status.State);
    }

    [Fact]
    public async Task With_mfa_on_every_sign_in_even_the_remembered_device_needs_a_code()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.MfaEverySignIn = true);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var codes = new SandboxCodeSource(sandbox);
        await harness.Client.LoginAsync(codes, TwoFactorMethod.Sms);
        await sandbox.ExpireSessionsAsync();

        var progress = await harness.Client.BeginLoginAsync();

        // The device is remembered (the password was posted straight after identifyUser), yet MFA_REQUIRED came back.
        Assert.Equal(LoginProgress.NeedsSecondFactor, progress);
        Assert.Equal(SessionState.NeedsSecondFactor, harness.Client.Status.State);
        var waiting = await sandbox.GetStatsAsync();
        Assert.Equal(2, waiting[IdentifyUser]);
        Assert.Equal(2, waiting[AuthenticatePassword]);
        Assert.Equal(1, waiting.Challenges);

        await harness.Client.SendChallengeAsync(TwoFactorMethod.Sms);
        Assert.Equal(LoginProgress.Authenticated, await harness.Client.CompleteLoginAsync(sandbox.Codes.Last!.Code));

        var done = await sandbox.GetStatsAsync();
        Assert.Equal(2, done[ChallengeSms]);
        Assert.Equal(3, done[AuthenticatePassword]);
        await harness.Client.GetAccountsAsync();
    }

    [Fact]
    public async Task A_legacy_only_account_never_sees_the_multiauth_endpoints()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = SandboxLoginFlow.Legacy);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));

        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        await sandbox.ExpireSessionsAsync();
        await harness.Client.GetAccountsAsync();

        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(2, stats[IdentifyUser]);
        Assert.Equal(2, stats[AuthenticatePassword]);
        Assert.All(UpstreamPaths.Multiauth, path => Assert.Equal(0, stats[path]));
    }
}
