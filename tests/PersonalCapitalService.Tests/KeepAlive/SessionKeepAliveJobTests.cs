using Microsoft.Extensions.DependencyInjection;
using Moq;
using PersonalCapital.Client.Login;
using PersonalCapital.Sandbox;
using PersonalCapitalService.KeepAlive;
using PersonalCapitalService.Tests.Support;
using Quartz;

namespace PersonalCapitalService.Tests.KeepAlive;

/// <summary>The keep-alive job against the sandbox, on one fake clock for both (session age is the sandbox's TTL).</summary>
public sealed class SessionKeepAliveJobTests
{
    private static readonly string[] LoginPaths =
    [
        "/api/login/identifyUser",
        "/api/credential/authenticatePassword",
        "/api/credential/challengeSms",
        "/api/credential/challengeEmail",
        "/api/credential/challengePhone",
        "/api/credential/challengeTotp",
    ];

    [Fact]
    public async Task An_alive_session_is_probed_and_never_logged_into_again()
    {
        var clock = TestSandbox.NewClock();
        await using var sandbox = await TestSandbox.StartAsync(o => o.SessionTtl = TimeSpan.FromMinutes(30), clock);
        await using var service = await RunningService.StartAsync(sandbox, time: clock);
        await service.LogInAsync();
        var before = Logins(sandbox);
        var probes = sandbox.Stats["/api/login/querySession"];

        for (var run = 0; run < 3; run++)
        {
            clock.Advance(TimeSpan.FromMinutes(10));
            await RunJobAsync(service);
        }

        Assert.Equal(before, Logins(sandbox));
        Assert.True(sandbox.Stats["/api/login/querySession"] >= probes + 3);
        Assert.Equal(SessionState.Authenticated, service.Upstream.Status.State);
    }

    [Fact]
    public async Task An_expired_session_gets_exactly_one_silent_login_without_a_code()
    {
        var clock = TestSandbox.NewClock();
        await using var sandbox = await TestSandbox.StartAsync(o => o.SessionTtl = TimeSpan.FromMinutes(30), clock);
        await using var service = await RunningService.StartAsync(sandbox, time: clock);
        await service.LogInAsync();
        var before = Logins(sandbox);
        var probes = sandbox.Stats["/api/login/querySession"];

        clock.Advance(TimeSpan.FromMinutes(31));
        await RunJobAsync(service);

        Assert.Equal(probes + 1, sandbox.Stats["/api/login/querySession"]);

        Assert.Equal(before["/api/login/identifyUser"] + 1, sandbox.Stats["/api/login/identifyUser"]);
        Assert.Equal(before["/api/credential/authenticatePassword"] + 1, sandbox.Stats["/api/credential/authenticatePassword"]);
        Assert.Equal(before["/api/credential/challengeSms"], sandbox.Stats["/api/credential/challengeSms"]);
        Assert.Equal(SessionState.Authenticated, service.Upstream.Status.State);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await service.Client.GetAsync("accounts")).StatusCode);
    }

    [Fact]
    public async Task When_a_second_factor_is_needed_the_state_changes_no_challenge_is_sent_and_the_job_then_waits()
    {
        var clock = TestSandbox.NewClock();
        await using var sandbox = await TestSandbox.StartAsync(time: clock);
        await using var service = await RunningService.StartAsync(sandbox, time: clock);

        await RunJobAsync(service);
        var identified = sandbox.Stats["/api/login/identifyUser"];
        clock.Advance(TimeSpan.FromMinutes(10));
        await RunJobAsync(service);

        Assert.Equal(SessionState.NeedsSecondFactor, service.Upstream.Status.State);
        Assert.Equal(1, identified);
        Assert.Equal(identified, sandbox.Stats["/api/login/identifyUser"]);
        Assert.All(LoginPaths.Skip(1), path => Assert.Equal(0, sandbox.Stats[path]));
        Assert.Single(service.Logs.Lines, l => l.Contains("state is now NeedsSecondFactor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_job_runs_every_refresh_interval_and_never_overlaps_itself()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?> { ["Refresh:Interval"] = "00:07:00" });
        var scheduler = await service.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();

        var job = await scheduler.GetJobDetail(SessionKeepAliveJob.Key);
        var trigger = Assert.IsAssignableFrom<ISimpleTrigger>(await scheduler.GetTrigger(SessionKeepAliveJob.Trigger));

        Assert.NotNull(job);
        Assert.True(job.ConcurrentExecutionDisallowed);
        Assert.Equal(TimeSpan.FromMinutes(7), trigger.RepeatInterval);
        Assert.InRange(trigger.NextFireTimeUtc!.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(6), TimeSpan.FromMinutes(7));
    }

    private static Dictionary<string, int> Logins(SandboxServer sandbox) => LoginPaths.ToDictionary(p => p, p => sandbox.Stats[p]);

    private static async Task RunJobAsync(RunningService service)
    {
        var job = ActivatorUtilities.CreateInstance<SessionKeepAliveJob>(service.Services);
        await job.Execute(Mock.Of<IJobExecutionContext>(), CancellationToken.None);
    }
}
