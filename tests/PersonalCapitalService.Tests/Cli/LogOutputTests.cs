using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using PersonalCapital.Client.Credentials;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary>What the owner reads in the first hour: the login verb's prompt alone on stderr, and JSON logs that are all JSON.</summary>
public sealed class LogOutputTests
{
    [Fact]
    public async Task The_login_verbs_prompt_is_not_interleaved_with_log_lines_nor_tells_to_run_the_login_verb()
    {
        using var folder = new TemporaryFolder();
        await using var sandbox = await TestSandbox.StartAsync();
        var key = CredentialCipher.GenerateKey();
        File.WriteAllText(folder.File("creds.json"),
            $$"""{"user": "{{CredentialCipher.Encrypt(TestSandbox.Username, key)}}", "pass": "{{CredentialCipher.Encrypt(TestSandbox.Password, key)}}"}""");

        var result = await ServiceProcess.RunAsync(["login"], new Dictionary<string, string?>
        {
            ["PersonalCapital__BaseUrl"] = sandbox.BaseAddress.AbsoluteUri,
            ["PersonalCapital__CredentialsFile"] = folder.File("creds.json"),
            ["PersonalCapital__EncryptionKey"] = key,
            ["PersonalCapital__SessionFile"] = folder.File("session.json"),
        }, input: TestSandbox.Code + "\n", workingDirectory: folder.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"A code was sent by SMS.{Environment.NewLine}code: ", result.Error);
    }

    [Fact]
    public async Task In_json_mode_the_sandbox_banner_and_codes_are_log_events_like_every_other_line()
    {
        using var folder = new TemporaryFolder();
        var port = ServiceProcess.FreePort();
        using var process = ServiceProcess.Start(ServiceProcess.ServiceDll, ["--sandbox", "--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string?> { ["Logging__Format"] = "json", ["ASPNETCORE_ENVIRONMENT"] = "Development" }, folder.Path);
        var lines = new List<string>();
        process.OutputDataReceived += (_, e) => { if (e.Data is { Length: > 0 }) { lock (lines) { lines.Add(e.Data); } } };
        process.BeginOutputReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("demo:demo"u8.ToArray()));
            HttpStatusCode? status = null;
            for (var attempt = 0; attempt < 120 && status != HttpStatusCode.OK; attempt++)
            {
                await Task.Delay(250);
                try
                {
                    using var response = await http.GetAsync("accounts");
                    status = response.StatusCode;
                }
                catch (HttpRequestException)
                {
                }
            }
            Assert.Equal(HttpStatusCode.OK, status);
        }
        finally
        {
            ServiceProcess.Stop(process);
        }

        List<string> messages;
        lock (lines)
        {
            messages = [.. lines.Select(line =>
            {
                using var json = JsonDocument.Parse(line);   // every line is one JSON event
                return json.RootElement.GetProperty("@m").GetString()!;
            })];
        }
        Assert.Contains(messages, m => m.StartsWith("Running against the sandbox", StringComparison.Ordinal) && m.Contains("curl -u demo:demo", StringComparison.Ordinal));
        Assert.Contains(messages, m => m.StartsWith("[sandbox] Sms code for demo@example.com: ", StringComparison.Ordinal));
    }
}
