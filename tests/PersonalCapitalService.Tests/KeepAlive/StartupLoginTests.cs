using Microsoft.Extensions.DependencyInjection;
using PersonalCapital.Client.Login;
using PersonalCapitalService.Cli;
using PersonalCapitalService.Hosting;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.KeepAlive;

public sealed class StartupLoginTests
{
    [Fact]
    public async Task In_a_terminal_the_first_start_asks_code_once_and_logs_in()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        var prompt = new StringWriter();

        await service.Services.GetRequiredService<StartupLogin>()
            .RunAsync(new ConsoleCodeSource(new StringReader(TestSandbox.Code + "\n"), prompt), CancellationToken.None);

        Assert.Equal($"A code was sent by SMS.{Environment.NewLine}code: ", prompt.ToString());
        Assert.Equal(SessionState.Authenticated, service.Upstream.Status.State);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
        // The start-up check found the login waiting for a code and continued it: one identification, not two.
        Assert.Equal(1, sandbox.Stats["/api/login/identifyUser"]);
    }

    [Fact]
    public async Task Without_a_terminal_the_start_only_says_where_to_log_in()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);

        await service.Services.GetRequiredService<StartupLogin>().RunAsync(codes: null, CancellationToken.None);

        Assert.Equal(SessionState.NeedsSecondFactor, service.Upstream.Status.State);
        Assert.Equal(0, sandbox.Stats["/api/credential/challengeSms"]);
        Assert.Contains(service.Logs.Lines, l => l.Contains("/login", StringComparison.Ordinal) && l.Contains("login verb", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_live_session_needs_no_prompt_at_all()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        await service.LogInAsync();
        var prompt = new StringWriter();

        await service.Services.GetRequiredService<StartupLogin>()
            .RunAsync(new ConsoleCodeSource(new StringReader(""), prompt), CancellationToken.None);

        Assert.Equal("", prompt.ToString());
        Assert.Equal(SessionState.Authenticated, service.Upstream.Status.State);
    }
}
