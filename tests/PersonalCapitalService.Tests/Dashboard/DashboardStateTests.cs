using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Moq;
using PersonalCapitalService.OwnerData;
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
    public async Task With_a_sync_it_shows_its_state_coverage_and_last_error()
    {
        var status = new SyncStatus(
            SyncStatus.Failed,
            new DateTimeOffset(2026, 11, 30, 22, 15, 0, TimeSpan.Zero),
            "The upstream answered with an error",
            new DateTimeOffset(2026, 12, 1, 6, 0, 0, TimeSpan.Zero),
            new SyncCoverage(new DateOnly(2023, 12, 1), new DateOnly(2026, 11, 30)),
            new SyncCounts(14, 12_345),
            null,
            null);
        var source = new Mock<ISyncStatusSource>();
        source.SetupGet(s => s.Current).Returns(status);
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, services: s => s.AddSingleton(source.Object));
        await service.LogInAsync();

        var html = await service.Client.GetStringAsync("dashboard");

        Assert.Contains("<dd id=\"sync\" data-state=\"failed\">failed</dd>", html, StringComparison.Ordinal);
        Assert.Contains("2026-11-30 22:15 UTC", html, StringComparison.Ordinal);
        Assert.Contains("2023-12-01 to 2026-11-30, 12,345 transactions", html, StringComparison.Ordinal);
        Assert.Contains("The upstream answered with an error", html, StringComparison.Ordinal);
        Assert.DoesNotContain("no sync yet", html, StringComparison.Ordinal);
        source.VerifyGet(s => s.Current, Times.AtLeastOnce());
    }
}
