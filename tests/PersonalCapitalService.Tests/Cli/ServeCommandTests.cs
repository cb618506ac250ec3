using System.Net;
using System.Net.Http.Headers;
using System.Text;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

public sealed class ServeCommandTests
{
    [Fact]
    public async Task Without_basic_credentials_the_service_stops_at_start_with_a_clear_message()
    {
        using var folder = new TemporaryFolder();

        var result = await ServiceProcess.RunAsync(["--urls", $"http://127.0.0.1:{ServiceProcess.FreePort()}"],
            new Dictionary<string, string?> { ["PersonalCapital__Username"] = "someone@example.com", ["PersonalCapital__Password"] = "made-up" },
            workingDirectory: folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Start-up failed", result.Error);
        Assert.Contains("BasicAuth__Username", result.Error);
    }

    [Fact]
    public async Task Without_upstream_credentials_the_service_stops_at_start_naming_creds_json()
    {
        using var folder = new TemporaryFolder();

        var result = await ServiceProcess.RunAsync(["--urls", $"http://127.0.0.1:{ServiceProcess.FreePort()}"],
            new Dictionary<string, string?> { ["BasicAuth__Username"] = "u", ["BasicAuth__Password"] = "made-up" },
            workingDirectory: folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("creds.json", result.Error);
    }

    [Fact]
    public async Task A_port_already_taken_is_a_start_up_failure_not_a_stack_trace()
    {
        using var folder = new TemporaryFolder();
        using var taken = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        taken.Start();
        var port = ((System.Net.IPEndPoint)taken.LocalEndpoint).Port;

        var result = await ServiceProcess.RunAsync(["--urls", $"http://127.0.0.1:{port}"],
            new Dictionary<string, string?>
            {
                ["BasicAuth__Username"] = "u",
                ["BasicAuth__Password"] = "made-up",
                ["PersonalCapital__Username"] = "someone@example.com",
                ["PersonalCapital__Password"] = "made-up",
            },
            workingDirectory: folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Start-up failed", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    /// <summary>The README's first command, as a newcomer runs it: nothing configured, demo data, demo/demo.</summary>
    [Fact]
    public async Task Sandbox_mode_serves_demo_data_with_nothing_configured()
    {
        using var folder = new TemporaryFolder();
        var port = ServiceProcess.FreePort();
        using var process = ServiceProcess.Start(ServiceProcess.ServiceDll, ["--sandbox", "--urls", $"http://127.0.0.1:{port}"],
            workingDirectory: folder.Path);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) { output.AppendLine(e.Data); } };
        process.BeginOutputReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("demo:demo"u8.ToArray()));
            HttpResponseMessage? accounts = null;
            for (var attempt = 0; attempt < 120 && accounts?.StatusCode != HttpStatusCode.OK; attempt++)
            {
                await Task.Delay(250);
                try
                {
                    accounts = await http.GetAsync("accounts");
                }
                catch (HttpRequestException)
                {
                }
            }
            Assert.Equal(HttpStatusCode.OK, accounts?.StatusCode);
            Assert.Contains("networth", await accounts!.Content.ReadAsStringAsync());

            // After the start-up login it syncs in the background and then answers from the store.
            string? sync = null;
            for (var attempt = 0; attempt < 240 && !(sync?.Contains("\"coverage\":{", StringComparison.Ordinal) == true && sync.Contains("\"state\":\"idle\"", StringComparison.Ordinal)); attempt++)
            {
                await Task.Delay(250);
                sync = await http.GetStringAsync("v1/sync");
            }
            Assert.Contains("\"coverage\":{", sync);
            using var fromStore = await http.GetAsync("accounts");
            Assert.NotNull(fromStore.Headers.ETag);
            lock (output)
            {
                Assert.Contains("curl -u demo:demo", output.ToString());
            }
        }
        finally
        {
            ServiceProcess.Stop(process);
        }
    }
}
