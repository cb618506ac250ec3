using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Sandbox;
using PersonalCapitalService.KeepAlive;
using PersonalCapitalService.Tests.LoginPage;
using PersonalCapitalService.Tests.Support;
using Quartz;

namespace PersonalCapitalService.Tests.Operations;

/// <summary>
/// A session file the service cannot write (read-only or full volume, a container user without rights: here a path
/// whose folder is a regular file, which fails the same way for any user, root included) or cannot read: data is
/// still served, the owner is told in one sentence on the page, by the verb, in the log and in readiness.
/// </summary>
public sealed class SessionFileTroubleTests : IDisposable
{
    private const string Sentence = "The session could not be saved to";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string UnwritableSessionFile()
    {
        File.WriteAllText(_folder.File("not-a-folder"), "a file where the state folder should be");
        return Path.Combine(_folder.File("not-a-folder"), "session.json");
    }

    private Dictionary<string, string?> Unwritable() => new() { ["PersonalCapital:SessionFile"] = UnwritableSessionFile() };

    [Fact]
    public async Task A_renewal_during_a_data_request_still_serves_the_data_and_readiness_says_why_nothing_was_saved()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, Unwritable());
        await service.LogInAsync();
        await ExpireUpstreamSessionsAsync(sandbox);

        using var accounts = await service.Client.GetAsync("accounts");

        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
        using var ready = await service.Client.GetAsync("health/ready");
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.StartsWith(Sentence, report["sessionFile"]!.GetValue<string>());
        // Told once, not on every save that fails the same way.
        Assert.Single(service.Logs.Lines, l => l.Contains(Sentence, StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_login_page_logs_in_and_says_the_session_could_not_be_saved()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, Unwritable());
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();
        await browser.SubmitAsync("start");
        await browser.SubmitAsync("challenge", ("method", "sms"));

        var done = await browser.SubmitAsync("code", ("code", TestSandbox.Code));

        Assert.Equal("Authenticated", done.State);
        Assert.Contains(Sentence, done.Html, StringComparison.Ordinal);
        Assert.Contains("id=\"session-file\"", done.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_keep_alive_job_renews_without_throwing_into_quartz()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, Unwritable());
        await service.LogInAsync();
        await ExpireUpstreamSessionsAsync(sandbox);

        var job = ActivatorUtilities.CreateInstance<SessionKeepAliveJob>(service.Services);
        await job.Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);

        Assert.Equal(PersonalCapital.Client.Login.SessionState.Authenticated, service.Upstream.Status.State);
        Assert.StartsWith(Sentence, service.Upstream.SessionSaveProblem);
    }

    [Fact]
    public async Task The_login_verb_spends_the_code_then_exits_non_zero_with_the_sentence_and_no_trace()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ServiceProcess.RunAsync(["login"], VerbEnvironment(sandbox, UnwritableSessionFile()),
            input: TestSandbox.Code + "\n", workingDirectory: _folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(Sentence, result.Error);
        Assert.DoesNotContain("   at ", result.Output + result.Error);
        Assert.DoesNotContain("Exception", result.Output + result.Error);
    }

    [Fact]
    public async Task A_folder_where_the_session_file_should_be_stops_the_start_with_one_sentence_and_exit_2()
    {
        Directory.CreateDirectory(_folder.File("session.json"));

        var result = await ServiceProcess.RunAsync(["--urls", $"http://127.0.0.1:{ServiceProcess.FreePort()}"], new Dictionary<string, string?>
        {
            ["BasicAuth__Username"] = "u",
            ["BasicAuth__Password"] = "made-up",
            ["PersonalCapital__Username"] = "someone@example.com",
            ["PersonalCapital__Password"] = "made-up",
            ["PersonalCapital__BaseUrl"] = "http://127.0.0.1:9/",
            ["PersonalCapital__SessionFile"] = _folder.File("session.json"),
        }, workingDirectory: _folder.Path, timeout: TimeSpan.FromSeconds(30));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Start-up failed: The session file", result.Error);
        Assert.Contains("is a folder", result.Error);
        Assert.DoesNotContain("   at ", result.Output + result.Error);
    }

    [Fact]
    public async Task A_fifo_where_the_session_file_should_be_blocks_no_request()
    {
        if (OperatingSystem.IsWindows())
        {
            return;   // no FIFOs in Windows file systems
        }
        var fifo = _folder.File("session.json");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?> { ["PersonalCapital:SessionFile"] = fifo });

        using var ready = await service.Client.GetAsync("health/ready").WaitAsync(TimeSpan.FromSeconds(20));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);   // not logged in: the fifo held no session
        Assert.Single(Directory.GetFiles(_folder.Path, "session.json.corrupt.*"));
    }

    private static async Task ExpireUpstreamSessionsAsync(SandboxServer sandbox)
    {
        using var http = new HttpClient();
        using var expired = await http.PostAsync(new Uri(sandbox.BaseAddress, "sandbox/sessions/expire"), null);
        expired.EnsureSuccessStatusCode();
    }

    private Dictionary<string, string?> VerbEnvironment(SandboxServer sandbox, string sessionFile)
    {
        var key = CredentialCipher.GenerateKey();
        File.WriteAllText(_folder.File("creds.json"),
            $$"""{"user": "{{CredentialCipher.Encrypt(TestSandbox.Username, key)}}", "pass": "{{CredentialCipher.Encrypt(TestSandbox.Password, key)}}"}""");
        return new Dictionary<string, string?>
        {
            ["PersonalCapital__BaseUrl"] = sandbox.BaseAddress.AbsoluteUri,
            ["PersonalCapital__CredentialsFile"] = _folder.File("creds.json"),
            ["PersonalCapital__EncryptionKey"] = key,
            ["PersonalCapital__SessionFile"] = sessionFile,
        };
    }
}
