using System.Net;
using System.Net.Sockets;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary>
/// Every start-up failure is one sentence on stderr naming the setting (with its valid values) and exit 2: no stack
/// trace on stdout or stderr, in the text and the JSON log format alike.
/// </summary>
public sealed class StartupFailureTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        // setting=value (or a special case), the environment, what the sentence must name
        { "BasicAuth__Username=", "Development", "BasicAuth__Username" },
        { "BasicAuth__Username=", "Production", "BasicAuth__Username" },
        { "PersonalCapital__MaxTransactionPages=0", "Production", "PersonalCapital__MaxTransactionPages must be between 1 and 100000" },
        { "PersonalCapital__TransactionPageSize=-5", "Production", "PersonalCapital__TransactionPageSize must be between 1" },
        { "PersonalCapital__RequestTimeout=00:00:00", "Development", "PersonalCapital__RequestTimeout must be between" },
        { "PersonalCapital__Retry__TotalTimeout=00:00:00", "Development", "PersonalCapital__Retry__TotalTimeout must be between" },
        { "PersonalCapital__Retry__MaxAttempts=0", "Production", "PersonalCapital__Retry__MaxAttempts must be between 1" },
        { "PersonalCapital__Retry__MaxDelay=-00:00:01", "Production", "PersonalCapital__Retry__MaxDelay must be between" },
        { "PersonalCapital__TwoFactorMethod=Pigeon", "Production", "PersonalCapital__TwoFactorMethod is 'Pigeon', which is not valid: use one of Sms, Email, Voice, Totp" },
        { "PersonalCapital__RequestTimeout=soon", "Production", "PersonalCapital__RequestTimeout is 'soon', which is not valid: use a duration" },
        { "PersonalCapital__BaseUrl=ftp://example.com", "Production", "PersonalCapital__BaseUrl must be an absolute http(s) URL" },
        { "Refresh__Interval=00:00:00", "Production", "Refresh__Interval must be between" },
        { "Refresh__Interval=often", "Development", "Refresh__Interval is 'often'" },
        { "Health__FailureThreshold=0", "Production", "Health__FailureThreshold must be between 1 and 1000" },
        { "Routes__MaxNumDays=0", "Production", "Routes__MaxNumDays must be between 1" },
        { "BasicAuth__MaxFailures=0", "Production", "BasicAuth__MaxFailures must be between 1 and 1000" },
        { "BasicAuth__BlockDuration=00:00:00", "Production", "BasicAuth__BlockDuration must be between" },
        { "Logging__Format=xml", "Production", "Logging__Format is 'xml', which is not valid: use text or json" },
        { "port in use", "Development", "--urls" },
        { "port in use", "Production", "--urls" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task A_start_up_failure_is_one_sentence_and_exit_2_without_a_stack_trace(string setting, string environment, string expected)
    {
        using var folder = new TemporaryFolder();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = setting == "port in use" ? ((IPEndPoint)taken.LocalEndpoint).Port : ServiceProcess.FreePort();
        var variables = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = environment,
            ["BasicAuth__Username"] = "u",
            ["BasicAuth__Password"] = "made-up",
            ["PersonalCapital__Username"] = "someone@example.com",
            ["PersonalCapital__Password"] = "made-up",
            // Nothing may reach a real host, whatever the outcome.
            ["PersonalCapital__BaseUrl"] = "http://127.0.0.1:9/",
        };
        if (setting.Contains('=', StringComparison.Ordinal))
        {
            var (key, value) = (setting[..setting.IndexOf('=', StringComparison.Ordinal)], setting[(setting.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            variables[key] = value;
        }

        var result = await ServiceProcess.RunAsync(["--urls", $"http://127.0.0.1:{port}"], variables, workingDirectory: folder.Path,
            timeout: TimeSpan.FromSeconds(30));

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}; stderr: {result.Error}; stdout: {result.Output}");
        var lines = result.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.True(lines.Length == 1 && lines[0].StartsWith("Start-up failed: ", StringComparison.Ordinal), $"stderr: {result.Error}");
        Assert.Contains(expected, lines[0]);
        foreach (var stream in new[] { result.Output, result.Error })
        {
            Assert.DoesNotContain("   at ", stream);
            Assert.DoesNotContain("Exception", stream);
        }
    }
}
