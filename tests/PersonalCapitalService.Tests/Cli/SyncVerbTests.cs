using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary>The <c>sync</c> verb as a process against a sandbox: progress on stderr, the outcome on stdout, the exit code.</summary>
public sealed class SyncVerbTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task One_sync_fills_the_store_beside_the_session_file_and_a_second_one_has_nothing_new()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var environment = Environment(sandbox);
        var login = await ServiceProcess.RunAsync(["login"], environment, input: TestSandbox.Code + "\n", workingDirectory: _folder.Path);
        Assert.True(login.ExitCode == 0, login.Error);

        var first = await ServiceProcess.RunAsync(["sync"], environment, workingDirectory: _folder.Path);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Matches(@"sync: \d{4}: [\d,]+ transactions, 1 of \d+ years", first.Error);
        Assert.Contains("Synced:", first.Output);
        Assert.True(File.Exists(_folder.File("pcs.db")));
        Assert.DoesNotContain(TestSandbox.Password, first.Output + first.Error);

        var second = await ServiceProcess.RunAsync(["sync"], environment, workingDirectory: _folder.Path);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("0 added, 0 changed, 0 removed", second.Output);
    }

    [Fact]
    public async Task Without_an_upstream_it_exits_non_zero_with_one_sentence()
    {
        var sandbox = await TestSandbox.StartAsync();
        var environment = Environment(sandbox);
        await sandbox.DisposeAsync();

        var result = await ServiceProcess.RunAsync(["sync"], environment, workingDirectory: _folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Sync failed", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    private Dictionary<string, string?> Environment(PersonalCapital.Sandbox.SandboxServer sandbox) => new()
    {
        ["PersonalCapital__BaseUrl"] = sandbox.BaseAddress.AbsoluteUri,
        ["PersonalCapital__Username"] = TestSandbox.Username,
        ["PersonalCapital__Password"] = TestSandbox.Password,
        ["PersonalCapital__SessionFile"] = _folder.File("session.json"),
        ["PersonalCapital__Retry__MaxAttempts"] = "2",
        ["PersonalCapital__Retry__BaseDelay"] = "00:00:00.010",
    };
}
