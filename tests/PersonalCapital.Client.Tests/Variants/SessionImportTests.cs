using Microsoft.Extensions.Logging.Abstractions;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Variants;

/// <summary>
/// The fallback when automated sign-in is blocked: a browser's signed-in session, pasted as its Cookie header, is
/// checked with one cheap call and stored like any other; the pasted value never reaches a log line.
/// </summary>
public sealed class SessionImportTests
{
    [Fact]
    public async Task A_pasted_cookie_header_without_csrf_gets_one_from_the_home_page_and_serves_data_without_a_login()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        var (header, values, _) = await BrowserSessionAsync(sandbox, folder);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var before = await sandbox.GetStatsAsync();

        await harness.Client.ImportSessionAsync(header);
        await harness.Client.GetAccountsAsync();

        var after = await sandbox.GetStatsAsync();
        Assert.Equal(before[GoHome] + 1, after[GoHome]);
        Assert.Equal(before[QuerySession] + 1, after[QuerySession]);
        Assert.Equal(before[IdentifyUser], after[IdentifyUser]);
        Assert.Equal(before[AuthenticatePassword], after[AuthenticatePassword]);
        Assert.Equal(SessionState.Authenticated, harness.Client.Status.State);
        var saved = await Store(folder).LoadAsync(CancellationToken.None);
        Assert.Contains(saved!.Cookies, c => c.Name == "JSESSIONID");
        Assert.All(values, v => Assert.DoesNotContain(v, harness.Logs.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_pasted_csrf_is_used_as_it_is()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        var (header, values, csrf) = await BrowserSessionAsync(sandbox, folder);
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        var before = await sandbox.GetStatsAsync();

        await harness.Client.ImportSessionAsync("Cookie: " + header, csrf);
        await harness.Client.GetAccounts2Async();

        Assert.Equal(before[GoHome], (await sandbox.GetStatsAsync())[GoHome]);
        Assert.DoesNotContain(csrf, harness.Logs.AllText, StringComparison.Ordinal);
        Assert.All(values, v => Assert.DoesNotContain(v, harness.Logs.AllText, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Cookies_of_a_dead_session_are_refused_and_change_nothing()
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));
        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        var savedBefore = await File.ReadAllBytesAsync(folder.File("session.json"));
        const string Pasted = "JSESSIONID=0123456789ABCDEF0123456789ABCDEF; PMData=made-up-device";

        var refused = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.ImportSessionAsync(Pasted));

        Assert.Equal(UpstreamFailure.SessionExpired, refused.Failure);
        Assert.DoesNotContain("made-up-device", refused.Message, StringComparison.Ordinal);
        Assert.Equal(savedBefore, await File.ReadAllBytesAsync(folder.File("session.json")));
        // The previous session was put back and still works.
        await harness.Client.GetAccountsAsync();
        Assert.DoesNotContain("made-up-device", harness.Logs.AllText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("just-some-text-no-equals")]
    [InlineData("a=b; =orphan")]
    [InlineData("a=b\nc=d")]
    [InlineData("bad name=value")]
    public async Task Text_that_is_no_cookie_header_is_refused_before_any_call_without_quoting_it(string pasted)
    {
        using var folder = new TemporaryDirectory();
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, folder.File("session.json"));

        var refused = await Assert.ThrowsAsync<FormatException>(() => harness.Client.ImportSessionAsync(pasted));

        if (pasted.Trim().Length > 3)
        {
            Assert.DoesNotContain(pasted.Trim(), refused.Message, StringComparison.Ordinal);
        }
        Assert.Equal(0, (await sandbox.GetStatsAsync()).Total);
        Assert.False(File.Exists(folder.File("session.json")));
    }

    /// <summary>A session signed in elsewhere (the "browser"), as its Cookie header, its values and its csrf.</summary>
    private static async Task<(string Header, IReadOnlyList<string> Values, string Csrf)> BrowserSessionAsync(
        Sandbox.SandboxServer sandbox, TemporaryDirectory folder)
    {
        var browserFile = folder.File("browser.json");
        await using (var browser = ClientHarness.Create(sandbox, browserFile))
        {
            await browser.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        var saved = await new SessionFileStore(browserFile, null, TimeProvider.System, NullLogger<SessionFileStore>.Instance)
            .LoadAsync(CancellationToken.None);
        var cookies = saved!.Cookies;
        return (string.Join("; ", cookies.Select(c => $"{c.Name}={c.Value}")), [.. cookies.Select(c => c.Value)], saved.Csrf!);
    }

    private static SessionFileStore Store(TemporaryDirectory folder) =>
        new(folder.File("session.json"), null, TimeProvider.System, NullLogger<SessionFileStore>.Instance);
}
