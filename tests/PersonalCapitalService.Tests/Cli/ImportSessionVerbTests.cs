using Microsoft.Extensions.Logging.Abstractions;
using PersonalCapital.Client.Session;
using PersonalCapital.Sandbox;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary><c>import-session</c> as a process: a browser's Cookie header on stdin becomes the service's session.</summary>
public sealed class ImportSessionVerbTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_browser_session_piped_in_is_checked_saved_and_never_echoed()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var browser = await BrowserSession.SignInAsync(sandbox, _folder);
        var (header, values) = (browser.CookieHeader, browser.Values);

        var result = await ServiceProcess.RunAsync(["import-session"], Environment(sandbox), input: header + "\n", workingDirectory: _folder.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("imported", result.Output);
        Assert.All(values, v => Assert.DoesNotContain(v, result.Output + result.Error));
        // The one identify is the browser's own sign-in; the import logged in to nothing.
        Assert.Equal(1, sandbox.Stats["/api/login/identifyUser"]);
        var saved = await new SessionFileStore(_folder.File("session.json"), null, TimeProvider.System, NullLogger<SessionFileStore>.Instance)
            .LoadAsync(CancellationToken.None);
        Assert.Contains(saved!.Cookies, c => values.Contains(c.Value));
    }

    [Fact]
    public async Task Cookies_that_are_no_signed_in_session_are_refused_without_saving_or_echoing()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        const string Pasted = "JSESSIONID=FEEDFACEFEEDFACEFEEDFACEFEEDFACE";

        var result = await ServiceProcess.RunAsync(["import-session"], Environment(sandbox), input: Pasted + "\n", workingDirectory: _folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Not imported", result.Error);
        Assert.DoesNotContain("FEEDFACE", result.Output + result.Error);
        Assert.False(File.Exists(_folder.File("session.json")));
    }

    [Fact]
    public async Task Nothing_on_stdin_is_refused()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ServiceProcess.RunAsync(["import-session"], Environment(sandbox), input: "", workingDirectory: _folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(0, sandbox.Stats["/page/login/goHome"]);
    }

    private Dictionary<string, string?> Environment(SandboxServer sandbox) => new()
    {
        ["PersonalCapital__BaseUrl"] = sandbox.BaseAddress.AbsoluteUri,
        ["PersonalCapital__SessionFile"] = _folder.File("session.json"),
    };
}
