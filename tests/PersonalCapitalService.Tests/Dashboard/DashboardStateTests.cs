using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PersonalCapital.Client.Login;
using PersonalCapitalService.Dashboard;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Tests.Routes;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Dashboard;

/// <summary>What the dashboard says about the session and the sync, and that it still answers when the data cannot be read.</summary>
public sealed class DashboardStateTests
{
    [Fact]
    public async Task Before_any_login_it_points_to_the_login_page_and_still_answers_200()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.TwoFactorCode = null);
        await using var service = await RunningService.StartAsync(sandbox);
        var before = sandbox.Stats["/api/credential/challengeSms"];

        using var response = await service.Client.GetAsync("dashboard");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("id=\"data-error\"", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/login\">Go to the login page</a>", html, StringComparison.Ordinal);
        Assert.Contains("data-state=\"NeedsSecondFactor\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", html, StringComparison.Ordinal);
        // Showing the page never texts the owner.
        Assert.Equal(before, sandbox.Stats["/api/credential/challengeSms"]);
    }

    [Fact]
    public async Task After_a_sync_it_shows_what_v1_sync_says()
    {
        await using var world = await RouteWorld.StartAsync(DateTimeOffset.UtcNow, settings: new Dictionary<string, string?> { ["Store:Mode"] = "Sync" });
        await world.SyncAsync();
        var status = (await world.Service.Client.GetFromJsonAsync<JsonObject>("v1/sync"))!;

        var html = await world.Service.Client.GetStringAsync("dashboard");

        var state = (string)status["state"]!;
        Assert.Contains($"<dd id=\"sync\" data-state=\"{state}\">{state}</dd>", html, StringComparison.Ordinal);
        Assert.Contains(DateTimeOffset.Parse((string)status["lastSuccessAt"]!, CultureInfo.InvariantCulture).ToUniversalTime()
            .ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture), html, StringComparison.Ordinal);
        Assert.Contains($"{status["coverage"]!["start"]} to {status["coverage"]!["end"]}, " +
            $"{((int)status["counts"]!["transactions"]!).ToString("N0", CultureInfo.InvariantCulture)} transactions", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failed_sync_shows_its_error_and_no_sync_source_says_so()
    {
        var failed = new SyncStatus(
            SyncStatus.Failed,
            new DateTimeOffset(2026, 11, 30, 22, 15, 0, TimeSpan.Zero),
            "The upstream answered with an error",
            new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero),
            new SyncCoverage(new DateOnly(2023, 12, 1), new DateOnly(2026, 11, 30)),
            new SyncCounts(14, 12_345),
            null,
            null);
        var session = new SessionStatus(SessionState.NeedsSecondFactor, null, null, null, 0, null);

        var html = await RenderAsync(new DashboardModel(session, failed, null, "The upstream session needs a second factor.", DashboardQuery.Downloads, ""));
        Assert.Contains("<dd id=\"sync\" data-state=\"failed\">failed</dd>", html, StringComparison.Ordinal);
        Assert.Contains("2026-11-30 22:15 UTC", html, StringComparison.Ordinal);
        Assert.Contains("2023-12-01 to 2026-11-30, 12,345 transactions", html, StringComparison.Ordinal);
        Assert.Contains("The upstream answered with an error", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/login\">Go to the login page</a>", html, StringComparison.Ordinal);

        var none = await RenderAsync(new DashboardModel(session with { State = SessionState.Authenticated }, null, null, null, DashboardQuery.Downloads, "/pcs"));
        Assert.Contains("<dd id=\"sync\" data-state=\"none\">no sync yet</dd>", none, StringComparison.Ordinal);
        Assert.Contains("href=\"/pcs/v1/accounts.csv\"", none, StringComparison.Ordinal);
        Assert.DoesNotContain("Go to the login page", none, StringComparison.Ordinal);
    }

    private static Task<string> RenderAsync(DashboardModel model) => ComponentHtml.RenderAsync<DashboardPage>(model);
}
