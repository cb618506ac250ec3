using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Operations;

/// <summary>
/// A day in the life (login with a code, data calls, an expired session renewed, wrong Basic credentials, upstream
/// trouble) leaves no secret in the logs or in any response: no password, code, cookie, csrf or Authorization value.
/// </summary>
public sealed class SecretsTests
{
    [Fact]
    public async Task No_secret_reaches_a_log_line_or_a_response_body()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.Faults.Html = 0.3);
        await using var service = await RunningService.StartAsync(sandbox);
        var bodies = new StringBuilder();

        async Task GetAsync(HttpClient client, string path)
        {
            using var response = await client.GetAsync(path);
            bodies.AppendLine(string.Join(" ", response.Headers.Select(h => $"{h.Key}: {string.Join(",", h.Value)}")));
            bodies.AppendLine(await response.Content.ReadAsStringAsync());
        }

        await GetAsync(service.Client, "accounts");                        // 503: needs a second factor
        await service.LogInAsync();
        foreach (var path in new[] { "accounts", "trans/40", "holdings", "holdings/classifications", "health/ready" })
        {
            await GetAsync(service.Client, path);
        }
        using (var http = new HttpClient())
        {
            await http.PostAsync(new Uri(sandbox.BaseAddress, "sandbox/sessions/expire"), null);
        }
        await GetAsync(service.Client, "trans/10");                        // silent login
        using var intruder = service.NewClient(RunningService.BasicUser, "wrong-made-up-password");
        await GetAsync(intruder, "accounts");

        var session = JsonNode.Parse(await File.ReadAllTextAsync(service.SessionFile))!;
        var secrets = new List<string>
        {
            TestSandbox.Password,
            TestSandbox.Code,
            RunningService.BasicPassword,
            "wrong-made-up-password",
            Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RunningService.BasicUser}:{RunningService.BasicPassword}")),
            session["csrf"]!.GetValue<string>(),
        };
        secrets.AddRange(session["cookies"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));

        var logs = service.Logs.AllText;
        Assert.Contains("silent login succeeded", logs);
        foreach (var secret in secrets)
        {
            Assert.False(logs.Contains(secret, StringComparison.Ordinal), $"a log line contains a secret ({secret.Length} characters)");
            Assert.False(bodies.ToString().Contains(secret, StringComparison.Ordinal), $"a response contains a secret ({secret.Length} characters)");
        }
    }

    [Fact]
    public async Task Each_request_is_one_log_line_without_query_string_or_headers()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var client = service.NewClient(RunningService.BasicUser, RunningService.BasicPassword);
        client.DefaultRequestHeaders.Add("X-Made-Up", "header-value-42");

        await client.GetAsync("?token=query-value-42");
        await client.GetAsync("trans/abc");

        // Serilog quotes string values when it renders for other providers: HTTP "GET" "/trans/abc" responded 400.
        var requests = service.Logs.Lines.Where(l => l.Contains("RequestLoggingMiddleware", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, requests.Count);
        Assert.Contains(requests, l => l.Contains("responded 200", StringComparison.Ordinal));
        Assert.Contains(requests, l => l.Contains("/trans/abc", StringComparison.Ordinal) && l.Contains("responded 400", StringComparison.Ordinal));
        Assert.DoesNotContain("query-value-42", service.Logs.AllText);
        Assert.DoesNotContain("header-value-42", service.Logs.AllText);
    }
}
