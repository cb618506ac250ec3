using Microsoft.Extensions.Logging.Abstractions;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using SandboxLoginFlow = PersonalCapital.Sandbox.LoginFlow;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Variants;

/// <summary>
/// A login in two processes (containers without a terminal): one sends the challenge and exits, keeping the waiting
/// sign-in with the session; the next finishes it with the code, no second identify and no second challenge.
/// </summary>
public sealed class TwoStepLoginTests
{
    [Theory]
    [InlineData(SandboxLoginFlow.Legacy)]
    [InlineData(SandboxLoginFlow.Multiauth)]
    public async Task The_code_finishes_in_a_second_process_the_sign_in_the_first_one_started(SandboxLoginFlow flow)
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o =>
        {
            o.LoginFlow = flow;
            o.TwoFactorCode = "1034";
        });
        var file = folder.File("session.json");
        await using (var sender = ClientHarness.Create(sandbox, file))
        {
            Assert.Equal(LoginProgress.NeedsSecondFactor, await sender.Client.BeginLoginAsync());
            await sender.Client.SendChallengeAsync(TwoFactorMethod.Sms);
        }
        var waiting = await new SessionFileStore(file, null, TimeProvider.System, NullLogger<SessionFileStore>.Instance).LoadAsync(CancellationToken.None);
        Assert.Equal(TwoFactorMethod.Sms, waiting!.Pending?.Method);
        Assert.Equal(flow == SandboxLoginFlow.Multiauth, waiting.Pending?.Multiauth);
        var sent = await sandbox.GetStatsAsync();

        await using var finisher = ClientHarness.Create(sandbox, file);
        Assert.Equal(SessionState.Unknown, finisher.Client.Status.State);
        var progress = await finisher.Client.CompleteLoginAsync("1034");
        await finisher.Client.GetAccountsAsync();

        Assert.Equal(LoginProgress.Authenticated, progress);
        var after = await sandbox.GetStatsAsync();
        Assert.Equal(sent[IdentifyUser], after[IdentifyUser]);
        Assert.Equal(sent.Challenges, after.Challenges);
        var done = await new SessionFileStore(file, null, TimeProvider.System, NullLogger<SessionFileStore>.Instance).LoadAsync(CancellationToken.None);
        Assert.Null(done!.Pending);
    }

    [Fact]
    public async Task A_code_with_no_waiting_sign_in_says_so()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => harness.Client.CompleteLoginAsync("1034"));

        Assert.Equal(0, (await sandbox.GetStatsAsync()).Login);
    }
}
