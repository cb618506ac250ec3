using System.Net;
using PersonalCapital.Sandbox;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// Upstream trouble reaches a route's caller as a problem (503 with a pointer to /login when a human is needed, 502
/// when the upstream is down or garbled, 504 when it is too slow), never as a stack trace or an upstream page.
/// </summary>
public sealed class UpstreamTroubleTests
{
    /// <summary>One route of each kind: transactions bare and wrapped, accounts, holdings, classifications.</summary>
    private static readonly string[] Paths =
        ["trans/5", "trans/expenses/lastmonth", "trans/investments/Buy/2026-01-01/2026-01-31", "accounts", "holdings", "holdings/classifications"];

    [Fact]
    public async Task A_session_that_needs_a_second_factor_is_a_503_pointing_to_login()
    {
        var clock = TestSandbox.NewClock();
        await using var sandbox = await TestSandbox.StartAsync(time: clock);
        await using var service = await RunningService.StartAsync(sandbox, time: clock);

        foreach (var path in Paths)
        {
            using var response = await service.Client.GetAsync(path);

            var problem = await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable, path);
            Assert.Equal("/login", problem["login"]?.GetValue<string>());
            var retryAfter = response.Headers.RetryAfter;
            Assert.True(retryAfter?.Delta > TimeSpan.Zero || retryAfter?.Date is not null, $"{path}: no Retry-After");
        }
        Assert.Equal(0, sandbox.Stats["/api/transaction/getUserTransactions"]);
    }

    [Theory]
    [InlineData("html")]
    [InlineData("server error")]
    public async Task An_upstream_answering_garbage_or_down_is_a_502(string fault)
    {
        var clock = TestSandbox.NewClock();
        await using var sandbox = await TestSandbox.StartAsync(o =>
        {
            if (fault == "html")
            {
                o.Faults.Html = 1;
            }
            else
            {
                o.Faults.ServerError = 1;
            }
        }, clock);
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            ["PersonalCapital:Retry:MaxAttempts"] = "2",
        }, clock);
        await service.LogInAsync();

        await AssertEveryPathAnswersAsync(service, HttpStatusCode.BadGateway);
        Assert.True(sandbox.Stats["/api/transaction/getUserTransactions"] > 0, "the upstream was never asked");
    }

    [Fact]
    public async Task An_upstream_that_does_not_answer_in_time_is_a_504()
    {
        var clock = TestSandbox.NewClock();
        SandboxOptions? options = null;
        await using var sandbox = await TestSandbox.StartAsync(o => options = o, clock);
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            // Generous enough for a login on a busy machine; the latency below is far beyond either limit.
            ["PersonalCapital:RequestTimeout"] = "00:00:02",
            ["PersonalCapital:Retry:MaxAttempts"] = "2",
            ["PersonalCapital:Retry:TotalTimeout"] = "00:00:03",
        }, clock);
        await service.LogInAsync();
        // The sandbox keeps the options object it was given, so the delay can start once the login is done
        // (it applies to login calls too, which would otherwise time out first).
        options!.Faults.Latency = TimeSpan.FromSeconds(10);

        foreach (var path in new[] { "trans/5", "accounts" })
        {
            using var response = await service.Client.GetAsync(path);
            await ProblemAssertions.AssertProblemAsync(response, HttpStatusCode.GatewayTimeout, path);
        }
    }

    private static async Task AssertEveryPathAnswersAsync(RunningService service, HttpStatusCode status)
    {
        foreach (var path in Paths)
        {
            using var response = await service.Client.GetAsync(path);
            await ProblemAssertions.AssertProblemAsync(response, status, path);
        }
    }
}
