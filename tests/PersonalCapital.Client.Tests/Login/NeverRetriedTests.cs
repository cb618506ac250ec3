using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Login;

/// <summary>
/// Never retry a challenge or a password (architecture, design rules): each challenge texts the owner, each wrong
/// password brings the real account closer to a lockout.
/// </summary>
public sealed class NeverRetriedTests
{
    private const string WrongPassword = "not-the-demo-password";

    [Fact]
    public async Task A_wrong_password_is_posted_once_and_never_again_by_data_calls()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), o => o.Password = WrongPassword);
        var client = harness.Client;
        await client.BeginLoginAsync();
        await client.SendChallengeAsync(TwoFactorMethod.Sms);

        var refused = await Assert.ThrowsAsync<UpstreamException>(() => client.CompleteLoginAsync(Sandboxes.FixedCode));

        Assert.Equal(UpstreamFailure.CredentialsRejected, refused.Failure);
        Assert.False(refused.IsTransient);
        Assert.Equal(SessionState.CredentialsRejected, client.Status.State);
        var afterLogin = await sandbox.GetStatsAsync();
        Assert.Equal(1, afterLogin[AuthenticatePassword]);

        for (var i = 0; i < 3; i++)
        {
            var again = await Assert.ThrowsAsync<UpstreamException>(() => client.GetAccountsAsync());
            Assert.Equal(UpstreamFailure.CredentialsRejected, again.Failure);
        }
        var keepAlive = await client.KeepAliveAsync();

        Assert.Equal(SessionState.CredentialsRejected, keepAlive.State);
        var after = await sandbox.GetStatsAsync();
        Assert.Equal(1, after[AuthenticatePassword]);
        Assert.Equal(afterLogin.Total, after.Total);
    }

    [Fact]
    public async Task A_silent_login_with_a_changed_password_posts_it_once()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        await sandbox.ExpireSessionsAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), o => o.Password = WrongPassword);
        var before = await sandbox.GetStatsAsync();

        var refused = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());
        await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccounts2Async());
        await harness.Client.KeepAliveAsync();

        Assert.Equal(UpstreamFailure.CredentialsRejected, refused.Failure);
        Assert.Contains(312, refused.ErrorCodes);
        Assert.Equal(SessionState.CredentialsRejected, harness.Client.Status.State);
        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before[AuthenticatePassword] + 1, after[AuthenticatePassword]);
        Assert.Equal(before[IdentifyUser] + 1, after[IdentifyUser]);
        Assert.Equal(before.Challenges, after.Challenges);
    }

    [Fact]
    public async Task A_wrong_code_is_posted_once_and_a_challenge_once_per_request()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.TwoFactorCode = null);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var client = harness.Client;
        await client.BeginLoginAsync();

        await client.SendChallengeAsync(TwoFactorMethod.Email);
        Assert.Equal(1, (await sandbox.GetStatsAsync())[ChallengeEmail]);
        var first = sandbox.Codes.Last!.Code;
        await client.SendChallengeAsync(TwoFactorMethod.Email);
        Assert.Equal(2, (await sandbox.GetStatsAsync())[ChallengeEmail]);
        var second = sandbox.Codes.Last!.Code;
        var wrong = second == "000000" ? "000001" : "000000";

        await Assert.ThrowsAsync<UpstreamException>(() => client.CompleteLoginAsync(wrong));

        var afterWrong = await sandbox.GetStatsAsync();
        Assert.Equal(1, afterWrong[AuthenticateEmail]);
        Assert.Equal(2, afterWrong.Challenges);
        // A later data call does not finish the login with any code: it fails fast.
        await Assert.ThrowsAsync<UpstreamException>(() => client.GetAccountsAsync());
        Assert.Equal(afterWrong.Total, (await sandbox.GetStatsAsync()).Total);

        // The second challenge replaced the first: only its code opens the session.
        if (first != second)
        {
            await Assert.ThrowsAsync<UpstreamException>(() => client.CompleteLoginAsync(first));
        }
        Assert.Equal(LoginProgress.Authenticated, await client.CompleteLoginAsync(second));
        Assert.Equal(2, (await sandbox.GetStatsAsync()).Challenges);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_lock_is_classified()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LockoutThreshold = 5);
        await using (var first = ClientHarness.Create(sandbox, folder.File("session.json")))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        await sandbox.ExpireSessionsAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"), o => o.Password = WrongPassword);
        var before = await sandbox.GetStatsAsync();

        var attempts = new List<UpstreamException>();
        for (var i = 0; i < 5; i++)
        {
            attempts.Add(await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.BeginLoginAsync()));
        }

        Assert.All(attempts, a => Assert.Equal(UpstreamFailure.CredentialsRejected, a.Failure));
        Assert.All(attempts[..4], a => Assert.Equal([312], a.ErrorCodes));
        var locked = attempts[4];
        Assert.Equal([313], locked.ErrorCodes);
        Assert.Contains("locked", locked.Message, StringComparison.OrdinalIgnoreCase);
        Assert.All(attempts[..4], a => Assert.DoesNotContain("locked", a.Message, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(SessionState.CredentialsRejected, harness.Client.Status.State);
        Assert.Equal(before[AuthenticatePassword] + 5, (await sandbox.GetStatsAsync())[AuthenticatePassword]);

        // While locked, the upstream no longer even identifies the user (NONE). NONE is ambiguous (§12), so a client
        // starting afresh makes its one multiauth attempt, which says the account is locked; then it stops.
        // (A fresh instance: the sandbox answers the locked user's old cookie session differently.)
        await using var restarted = ClientHarness.Create(sandbox, folder.File("restarted.json"), o => o.Password = WrongPassword);
        var sixth = await Assert.ThrowsAsync<UpstreamException>(() => restarted.Client.BeginLoginAsync());
        Assert.Equal(UpstreamFailure.CredentialsRejected, sixth.Failure);
        Assert.Contains("locked", sixth.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(SessionState.CredentialsRejected, restarted.Client.Status.State);
        var afterSixth = await sandbox.GetStatsAsync();
        Assert.Equal(before[AuthenticatePassword] + 5, afterSixth[AuthenticatePassword]);
        Assert.Equal(before[MultiauthAuthenticate] + 1, afterSixth[MultiauthAuthenticate]);
        var dataCall = await Assert.ThrowsAsync<UpstreamException>(() => restarted.Client.GetAccountsAsync());
        Assert.Equal(UpstreamFailure.CredentialsRejected, dataCall.Failure);
        Assert.Equal(afterSixth.Total, (await sandbox.GetStatsAsync()).Total);
    }
}
