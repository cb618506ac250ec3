using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PersonalCapitalService.Hosting;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Health;

/// <summary>
/// <c>/health/ready</c> is 200 only when data can be served: a session probe that succeeds while every data call
/// fails does not make it green, nor does a start where nothing has worked yet. Serving from the store while the
/// upstream is in trouble is <c>degraded</c> (200, or 503 with <c>?strict=true</c>).
/// </summary>
public sealed class ReadinessTruthTests
{
    public static TheoryData<string, string, string> BrokenDataAnswers => new()
    {
        { "missing spData", """{"spHeader":{"success":true}}""", "application/json" },
        { "an HTML page", "<html><body>Personal Capital</body></html>", "text/html" },
    };

    [Theory]
    [MemberData(nameof(BrokenDataAnswers))]
    public async Task Ready_is_503_while_every_data_call_fails_even_though_the_session_probe_succeeds(string what, string body, string contentType)
    {
        var answer = new TamperedAnswer(body, contentType);
        await using var sandbox = await TestSandbox.StartAsync();
        await using var upstream = await TamperingUpstream.StartAsync(sandbox);
        await using var service = await RunningService.StartAsync(upstream.BaseAddress, new Dictionary<string, string?>
        {
            ["PersonalCapital:Retry:MaxAttempts"] = "2",
            ["Health:FailureThreshold"] = "2",
        });
        await service.LogInAsync();
        upstream.Tamper = path => path.StartsWith("/api/", StringComparison.Ordinal) && !path.Contains("login", StringComparison.Ordinal)
            && !path.Contains("credential", StringComparison.Ordinal) ? answer : null;
        for (var i = 0; i < 2; i++)
        {
            using var failed = await service.Client.GetAsync("accounts");
            Assert.Equal(HttpStatusCode.BadGateway, failed.StatusCode);
        }

        await service.Upstream.KeepAliveAsync();   // the cheap probe still succeeds
        using var ready = await service.Client.GetAsync("health/ready");

        Assert.True(ready.StatusCode == HttpStatusCode.ServiceUnavailable, $"{what}: {await ready.Content.ReadAsStringAsync()}");
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("unavailable", report["status"]!.GetValue<string>());
        Assert.Equal("Authenticated", report["session"]!.GetValue<string>());
        Assert.Equal(2, report["dataCalls"]!["consecutiveFailures"]!.GetValue<int>());
        Assert.NotNull(report["dataCalls"]!["lastError"]);
        Assert.Contains(report["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("data calls failed", StringComparison.Ordinal));
    }

    [Fact]
    public async Task At_start_readiness_checks_once_instead_of_saying_ready_before_anything_worked()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);

        using var ready = await service.Client.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        var report = JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.Equal("NeedsSecondFactor", report["session"]!.GetValue<string>());
        Assert.Equal("/login", report["login"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_start_up_login_runs_one_data_check_so_readiness_knows_at_once()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        await service.LogInAsync();
        var categories = sandbox.Stats["/api/transactioncategory/getCategories"];

        await service.Services.GetRequiredService<StartupLogin>().RunAsync(codes: null, CancellationToken.None);

        Assert.Equal(categories + 1, sandbox.Stats["/api/transactioncategory/getCategories"]);
        Assert.NotNull(service.Upstream.DataCalls.LastSuccess);
        using var ready = await service.Client.GetAsync("health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal(categories + 1, sandbox.Stats["/api/transactioncategory/getCategories"]);   // no second check
    }

    [Fact]
    public async Task Serving_from_the_store_while_a_code_is_needed_is_degraded_and_strict_makes_it_503()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, services: s => s.AddSingleton(SyncSource(SyncStatus.Idle)));
        await service.Upstream.KeepAliveAsync();   // needs a second factor

        using var lenient = await service.Client.GetAsync("health/ready");
        using var strict = await service.Client.GetAsync("health/ready?strict=true");

        Assert.Equal(HttpStatusCode.OK, lenient.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, strict.StatusCode);
        var report = JsonNode.Parse(await lenient.Content.ReadAsStringAsync())!;
        Assert.Equal("degraded", report["status"]!.GetValue<string>());
        Assert.Contains(report["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("second factor", StringComparison.Ordinal));
        Assert.True(report["store"]!["hasData"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_failing_sync_with_a_healthy_upstream_is_degraded_with_the_syncs_error()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, services: s => s.AddSingleton(SyncSource(SyncStatus.Failed)));
        await service.LogInAsync();

        using var lenient = await service.Client.GetAsync("health/ready");
        using var strict = await service.Client.GetAsync("health/ready?strict=true");

        Assert.Equal(HttpStatusCode.OK, lenient.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, strict.StatusCode);
        var report = JsonNode.Parse(await strict.Content.ReadAsStringAsync())!;
        Assert.Equal("degraded", report["status"]!.GetValue<string>());
        Assert.Contains(report["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("The sync is failing: made-up sync failure", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_empty_store_and_a_session_that_needs_a_code_is_unavailable()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var empty = new Mock<ISyncStatusSource>();
        empty.Setup(s => s.Current).Returns(new SyncStatus(SyncStatus.Idle, null, null, null, null, new SyncCounts(0, 0), null, null));
        await using var service = await RunningService.StartAsync(sandbox, services: s => s.AddSingleton(empty.Object));
        await service.Upstream.KeepAliveAsync();

        using var ready = await service.Client.GetAsync("health/ready");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.False(JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["store"]!["hasData"]!.GetValue<bool>());
    }

    private static ISyncStatusSource SyncSource(string state)
    {
        var source = new Mock<ISyncStatusSource>();
        var lastSuccess = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
        source.Setup(s => s.Current).Returns(new SyncStatus(
            state,
            lastSuccess,
            state == SyncStatus.Failed ? "made-up sync failure" : null,
            state == SyncStatus.Failed ? lastSuccess.AddHours(1) : null,
            new SyncCoverage(new DateOnly(2023, 1, 1), new DateOnly(2026, 1, 1)),
            new SyncCounts(8, 1200),
            null,
            null));
        return source.Object;
    }
}
