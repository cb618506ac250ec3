using System.Net;
using System.Text.Json.Nodes;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Health;

public sealed class HealthTests
{
    [Fact]
    public async Task Live_answers_without_credentials()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var anonymous = service.NewClient(null, null);

        using var response = await anonymous.GetAsync("health/live");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Ready_is_503_with_a_pointer_to_login_while_a_second_factor_is_needed_then_200()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        await service.Upstream.KeepAliveAsync();

        using var waiting = await service.Client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, waiting.StatusCode);
        var report = JsonNode.Parse(await waiting.Content.ReadAsStringAsync())!;
        Assert.Equal("NeedsSecondFactor", report["session"]!.GetValue<string>());
        Assert.Equal("/login", report["login"]!.GetValue<string>());

        await service.LogInAsync();
        using var ready = await service.Client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("ready", report["status"]!.GetValue<string>());
        Assert.Equal("Authenticated", report["session"]!.GetValue<string>());
        Assert.True(report["nextKeepAlive"]!.GetValue<DateTimeOffset>() > DateTimeOffset.UtcNow);
        Assert.NotNull(report["lastSuccessfulUpstreamCall"]);
    }

    [Fact]
    public async Task Ready_is_503_once_the_upstream_keeps_failing()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.Faults.ServerError = 1);
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            ["Health:FailureThreshold"] = "2",
            ["PersonalCapital:Retry:MaxAttempts"] = "2",
        });
        await service.LogInAsync();

        for (var i = 0; i < 2; i++)
        {
            using var failed = await service.Client.GetAsync("accounts");
            Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        }

        using var ready = await service.Client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal(2, report["consecutiveFailures"]!.GetValue<int>());
    }
}
