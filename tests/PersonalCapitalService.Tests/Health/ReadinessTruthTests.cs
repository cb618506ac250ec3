using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Resilience;
using PersonalCapitalService.Health;
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
        await using var world = await Routes.RouteWorld.StartAsync(DateTimeOffset.UtcNow, o => o.MfaEverySignIn = true,
            new Dictionary<string, string?> { ["Store:Mode"] = "Sync" });
        Assert.Equal(PersonalCapitalService.Sync.SyncOutcome.Completed, await world.SyncAsync());
        using (var http = new HttpClient())
        {
            (await http.PostAsync(new Uri(world.Sandbox.BaseAddress, "sandbox/sessions/expire"), null)).Dispose();
        }
        await world.Service.Upstream.KeepAliveAsync();   // the silent login now needs a code

        using var lenient = await world.Service.Client.GetAsync("health/ready");
        using var strict = await world.Service.Client.GetAsync("health/ready?strict=true");

        Assert.Equal(HttpStatusCode.OK, lenient.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, strict.StatusCode);
        var report = JsonNode.Parse(await lenient.Content.ReadAsStringAsync())!;
        Assert.Equal("degraded", report["status"]!.GetValue<string>());
        Assert.Equal("NeedsSecondFactor", report["session"]!.GetValue<string>());
        Assert.Contains(report["reasons"]!.AsArray(), r => r!.GetValue<string>().Contains("second factor", StringComparison.Ordinal));
        Assert.True(report["store"]!["hasData"]!.GetValue<bool>());
    }

    [Fact]
    public void A_failing_sync_with_a_healthy_upstream_is_degraded_with_the_syncs_error()
    {
        var now = new DateTimeOffset(2026, 1, 2, 4, 0, 0, TimeSpan.Zero);
        var session = new SessionStatus(SessionState.Authenticated, now, null, null, 0, null);
        var dataCalls = new DataCallStatus(now, null, null, 0);

        var report = ReadinessReport.From(session, dataCalls, SyncSource(SyncStatus.Failed).Current, null, null, failureThreshold: 3);

        Assert.Equal("degraded", report.Status);
        Assert.Equal(StatusCodes.Status200OK, report.HttpStatus(strict: false));
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, report.HttpStatus(strict: true));
        Assert.Contains(report.Reasons, r => r.Contains("The sync is failing: made-up sync failure", StringComparison.Ordinal));
    }

    [Fact]
    public void Failing_data_calls_with_a_store_that_has_data_are_degraded_not_unavailable()
    {
        var now = new DateTimeOffset(2026, 1, 2, 4, 0, 0, TimeSpan.Zero);
        var session = new SessionStatus(SessionState.Authenticated, now, now, null, 3, "made-up failure");
        var dataCalls = new DataCallStatus(now.AddHours(-1), now, "made-up failure", 3);

        var withStore = ReadinessReport.From(session, dataCalls, SyncSource(SyncStatus.Idle).Current, null, null, failureThreshold: 3);
        var withoutStore = ReadinessReport.From(session, dataCalls, null, null, null, failureThreshold: 3);

        Assert.Equal("degraded", withStore.Status);
        Assert.Equal("unavailable", withoutStore.Status);
        Assert.Equal(StatusCodes.Status503ServiceUnavailable, withoutStore.HttpStatus(strict: false));
    }

    [Fact]
    public async Task An_empty_store_and_a_session_that_needs_a_code_is_unavailable()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
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
