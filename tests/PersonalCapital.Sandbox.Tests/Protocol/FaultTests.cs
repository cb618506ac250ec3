using System.Diagnostics;
using System.Net;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Protocol;

public sealed class FaultTests
{
    private static async Task<(SandboxServer Sandbox, ScriptedClient Client)> LoggedInAsync(Action<FaultOptions> faults)
    {
        // Log in on a clean sandbox: faults only ever hit data calls, so login works whatever the rates.
        var sandbox = await Sandboxes.StartAsync(o => faults(o.Faults));
        var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        return (sandbox, client);
    }

    [Fact]
    public async Task Missing_spData_comes_with_a_session_not_authenticated_header_while_the_session_lives()
    {
        var (sandbox, client) = await LoggedInAsync(f => f.MissingSpData = 1);
        await using var _ = sandbox;
        using var __ = client;

        var answer = await client.PostAsync("api/newaccount/getAccounts2");

        answer.AssertFailure(200, 201);
        Assert.Equal("SESSION_AUTHENTICATED", (await client.PostAsync("api/login/querySession")).AuthLevel);
    }

    [Fact]
    public async Task Html_instead_of_json_comes_with_status_200()
    {
        var (sandbox, client) = await LoggedInAsync(f => f.Html = 1);
        await using var _ = sandbox;
        using var __ = client;

        var answer = await client.PostAsync("api/newaccount/getAccounts2");

        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("text/html", answer.MediaType);
        Assert.Contains("<html", answer.Text);
    }

    [Fact]
    public async Task Cloudflare_challenge_is_a_403_with_cf_mitigated()
    {
        var (sandbox, client) = await LoggedInAsync(f => f.Cloudflare = 1);
        await using var _ = sandbox;
        using var __ = client;

        var answer = await client.PostAsync("api/newaccount/getAccounts2");

        Assert.Equal(HttpStatusCode.Forbidden, answer.Status);
        Assert.Equal("challenge", Assert.Single(answer.Headers.GetValues("cf-mitigated")));
        Assert.Contains("Just a moment", answer.Text);
    }

    [Fact]
    public async Task Too_many_requests_is_a_429_with_the_configured_retry_after()
    {
        var (sandbox, client) = await LoggedInAsync(f => { f.TooManyRequests = 1; f.RetryAfterSeconds = 7; });
        await using var _ = sandbox;
        using var __ = client;

        var answer = await client.PostAsync("api/newaccount/getAccounts2");

        Assert.Equal(HttpStatusCode.TooManyRequests, answer.Status);
        Assert.Equal(TimeSpan.FromSeconds(7), answer.Headers.RetryAfter?.Delta);
    }

    [Fact]
    public async Task Server_errors_are_5xx()
    {
        var (sandbox, client) = await LoggedInAsync(f => f.ServerError = 1);
        await using var _ = sandbox;
        using var __ = client;

        for (var i = 0; i < 10; i++)
        {
            var answer = await client.PostAsync("api/newaccount/getAccounts2");
            Assert.InRange((int)answer.Status, 500, 599);
        }
    }

    [Fact]
    public async Task Latency_delays_every_upstream_call()
    {
        var (sandbox, client) = await LoggedInAsync(f => f.Latency = TimeSpan.FromMilliseconds(300));
        await using var _ = sandbox;
        using var __ = client;

        var watch = Stopwatch.StartNew();
        (await client.PostAsync("api/login/querySession")).AssertSuccess();
        (await client.PostAsync("api/newaccount/getAccounts2")).AssertSuccess();
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(600), $"two calls took only {watch.Elapsed}");
    }

    [Fact]
    public async Task A_rate_faults_about_that_share_of_data_calls_never_login_calls_and_repeats_for_a_seed()
    {
        async Task<List<HttpStatusCode>> RunAsync()
        {
            var (sandbox, client) = await LoggedInAsync(f => { f.ServerError = 0.2; f.Seed = 99; });
            await using var _ = sandbox;
            using var __ = client;
            var statuses = new List<HttpStatusCode>();
            for (var i = 0; i < 100; i++)
            {
                statuses.Add((await client.PostAsync("api/newaccount/getAccounts2")).Status);
                Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("api/login/querySession")).Status);
            }
            return statuses;
        }

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.InRange(first.Count(s => s != HttpStatusCode.OK), 8, 35);
        Assert.Equal(first.Select(s => s == HttpStatusCode.OK), second.Select(s => s == HttpStatusCode.OK));
    }
}
