using Microsoft.Extensions.DependencyInjection;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Logging;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;
using SandboxLoginFlow = PersonalCapital.Sandbox.LoginFlow;

namespace PersonalCapital.Client.Tests.Login;

/// <summary>The corners of the human login: codes as people paste them, steps out of order, concurrent callers.</summary>
public sealed class LoginEdgeTests
{
    [Theory]
    [InlineData(SandboxLoginFlow.Legacy)]
    [InlineData(SandboxLoginFlow.Multiauth)]
    public async Task A_pasted_code_is_sent_without_its_surrounding_blanks(SandboxLoginFlow flow)
    {
        using var folder = new TemporaryDirectory();
        var wire = new WireSecrets();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = flow);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"),
            services: s => s.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new WireSecrets.Handler(wire))));
        await harness.Client.BeginLoginAsync();
        await harness.Client.SendChallengeAsync(TwoFactorMethod.Sms);

        var progress = await harness.Client.CompleteLoginAsync($" {Sandboxes.FixedCode}\r\n");

        Assert.Equal(LoginProgress.Authenticated, progress);
        var sent = Assert.Single(wire.Seen, s => s.Value.EndsWith(" field code", StringComparison.Ordinal));
        Assert.Equal(Sandboxes.FixedCode, sent.Key);
    }

    [Fact]
    public async Task Sending_a_challenge_without_beginning_starts_the_login_first()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));

        await harness.Client.SendChallengeAsync(TwoFactorMethod.Sms);
        var progress = await harness.Client.CompleteLoginAsync(Sandboxes.FixedCode);

        Assert.Equal(LoginProgress.Authenticated, progress);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[IdentifyUser]);
        Assert.Equal(1, stats[ChallengeSms]);
    }

    [Fact]
    public async Task Completing_before_any_challenge_is_refused_without_an_upstream_call()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.BeginLoginAsync();
        var before = await sandbox.GetStatsAsync();

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.CompleteLoginAsync(Sandboxes.FixedCode));

        Assert.Equal(before.Total, (await sandbox.GetStatsAsync()).Total);
    }

    [Fact]
    public async Task Beginning_a_login_on_a_live_session_needs_no_login_call()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        var before = await sandbox.GetStatsAsync();
        await using var second = ClientHarness.Create(sandbox, folder.File("session.json"));

        Assert.Equal(LoginProgress.Authenticated, await second.Client.BeginLoginAsync());

        Assert.Equal(before.Login, (await sandbox.GetStatsAsync()).Login);
        Assert.Equal(SessionState.Authenticated, second.Client.Status.State);
    }

    [Fact]
    public async Task A_code_source_that_gives_up_leaves_the_login_waiting()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.LoginAsync(new NoCode(), TwoFactorMethod.Sms));

        Assert.Equal(UpstreamFailure.SecondFactorRequired, failure.Failure);
        Assert.Equal(SessionState.NeedsSecondFactor, harness.Client.Status.State);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[ChallengeSms]);
        Assert.Equal(0, stats[AuthenticateSms]);
    }

    [Fact]
    public async Task Concurrent_calls_that_need_a_human_cause_one_identify_and_no_challenge()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));

        var calls = Enumerable.Range(0, 20).Select(_ => Task.Run(() => harness.Client.GetAccountsAsync())).ToList();
        var failures = await Task.WhenAll(calls.Select(call => Assert.ThrowsAsync<UpstreamException>(() => call)));

        Assert.All(failures, f => Assert.Equal(UpstreamFailure.SecondFactorRequired, f.Failure));
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[IdentifyUser]);
        Assert.Equal(0, stats.Challenges);
        Assert.Equal(0, stats[GetAccounts]);
    }

    [Fact]
    public async Task A_wrong_password_on_the_new_sign_in_is_checked_once()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = SandboxLoginFlow.Multiauth);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), o => o.Password = "not-the-demo-password");

        var refused = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
        await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.CredentialsRejected, refused.Failure);
        Assert.Equal(SessionState.CredentialsRejected, harness.Client.Status.State);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(1, stats[MultiauthAuthenticate]);
        Assert.Equal(0, stats[AuthenticateToken]);
        Assert.Equal(0, stats.Challenges);
    }

    private sealed class NoCode : ITwoFactorCodeSource
    {
        public ValueTask<string?> GetCodeAsync(TwoFactorMethod method, CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
    }
}
