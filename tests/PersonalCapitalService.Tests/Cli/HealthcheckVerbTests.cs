using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

public sealed class HealthcheckVerbTests
{
    [Fact]
    public async Task Healthy_service_exits_zero_by_url_and_by_the_port_in_ASPNETCORE_HTTP_PORTS()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);

        var byUrl = await ServiceProcess.RunAsync(["healthcheck", new Uri(service.BaseAddress, "health/live").AbsoluteUri]);
        var byPort = await ServiceProcess.RunAsync(["healthcheck"],
            new Dictionary<string, string?> { ["ASPNETCORE_HTTP_PORTS"] = service.BaseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture) });

        Assert.True(byUrl.ExitCode == 0, byUrl.Error);
        Assert.True(byPort.ExitCode == 0, byPort.Error);
    }

    [Fact]
    public async Task Nothing_listening_exits_one_with_a_reason()
    {
        var result = await ServiceProcess.RunAsync(["healthcheck", $"http://127.0.0.1:{ServiceProcess.FreePort()}/health/live"]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Unhealthy", result.Error);
    }
}
