using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Protocol;

public sealed class SessionTests
{
    [Fact]
    public async Task A_data_call_before_login_answers_like_the_captured_example()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));

        var answer = await client.PostAsync("api/newaccount/getAccounts", ("lastServerChangeId", "-1"));

        answer.AssertFailure(200, 201);
        var header = answer.Header;
        Assert.Equal(-1, header["SP_HEADER_VERSION"]!.GetValue<int>());
        Assert.Equal("USER_IDENTIFIED", answer.AuthLevel);
        Assert.Equal("ACTIVE", header["status"]!.GetValue<string>());
        Assert.Equal(Sandboxes.Username, header["username"]!.GetValue<string>());
        Assert.Matches("^[0-9a-f]{32}$", header["userGuid"]!.GetValue<string>());
        var errors = header["errors"]!.AsArray();
        Assert.Equal("Authorization required.", errors[0]!["message"]!.GetValue<string>());
        Assert.Equal("GET_ACCOUNT_DATA", errors[0]!["details"]!["actionType"]!.GetValue<string>());
        Assert.Equal("Session not authenticated.", errors[1]!["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_missing_csrf_is_refused_even_for_a_logged_in_session()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        var csrf = client.Csrf;

        client.Csrf = null;
        (await client.PostAsync("api/newaccount/getAccounts2")).AssertFailure(202);

        client.Csrf = csrf;
        (await client.PostAsync("api/newaccount/getAccounts2")).AssertSuccess();
    }

    [Fact]
    public async Task A_csrf_issued_to_another_session_is_refused()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var victim = new ScriptedClient(sandbox.BaseAddress);
        await victim.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        using var attacker = new ScriptedClient(sandbox.BaseAddress);
        await attacker.GoHomeAsync();

        attacker.Csrf = victim.Csrf;
        (await attacker.PostAsync("api/newaccount/getAccounts2")).AssertFailure(202);
        (await attacker.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username))).AssertFailure(202);
    }

    [Fact]
    public async Task A_post_without_any_cookie_session_is_refused()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress) { Csrf = Guid.NewGuid().ToString() };
        (await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username))).AssertFailure(202);
        (await client.PostAsync("api/newaccount/getAccounts2")).AssertFailure(200, 201);
    }

    [Fact]
    public async Task Every_token_issued_to_the_session_stays_valid()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        var identifyToken = client.Csrf;
        await client.PostAsync("api/credential/challengeSms");
        await client.PostAsync("api/credential/authenticateSms", ("code", Sandboxes.FixedCode));
        await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password));
        Assert.NotEqual(identifyToken, client.Csrf);

        // Like haochi's client, which keeps the identifyUser token for the whole session.
        client.Csrf = identifyToken;
        (await client.PostAsync("api/newaccount/getAccounts2")).AssertSuccess();
    }

    [Fact]
    public async Task An_idle_session_loses_its_authentication_after_the_ttl_but_activity_keeps_it()
    {
        var clock = Sandboxes.NewClock();
        await using var sandbox = await Sandboxes.StartAsync(o => o.SessionTtl = TimeSpan.FromMinutes(30), clock);
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);

        for (var i = 0; i < 3; i++)
        {
            clock.Advance(TimeSpan.FromMinutes(29));
            (await client.PostAsync("api/login/querySession")).AssertSuccess();
        }
        Assert.Equal("SESSION_AUTHENTICATED", (await client.PostAsync("api/login/querySession")).AuthLevel);

        clock.Advance(TimeSpan.FromMinutes(31));
        var expired = await client.PostAsync("api/newaccount/getAccounts2");
        expired.AssertFailure(200, 201);
        Assert.Equal("USER_IDENTIFIED", expired.AuthLevel);
    }

    [Fact]
    public async Task The_expire_control_route_drops_every_live_session_and_a_new_login_recovers()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var one = new ScriptedClient(sandbox.BaseAddress);
        using var two = new ScriptedClient(sandbox.BaseAddress);
        await one.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        await two.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);

        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var response = await http.PostAsync("sandbox/sessions/expire", null);
        var body = await response.Content.ReadFromJsonAsync<JsonObject>();
        Assert.Equal(2, body!["expired"]!.GetValue<int>());

        (await one.PostAsync("api/newaccount/getAccounts2")).AssertFailure(200, 201);
        (await two.PostAsync("api/newaccount/getAccounts2")).AssertFailure(200, 201);

        // The device was remembered, so logging in again needs no code.
        await one.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => throw new InvalidOperationException("no code expected"));
        (await one.PostAsync("api/newaccount/getAccounts2")).AssertSuccess();
    }

    [Fact]
    public async Task Stats_count_calls_per_upstream_path_and_leave_out_control_routes()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        await client.PostAsync("api/newaccount/getAccounts2");
        await client.PostAsync("api/newaccount/getAccounts2");

        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        await http.PostAsync("sandbox/sessions/expire", null);
        var stats = await http.GetFromJsonAsync<Dictionary<string, int>>("sandbox/stats");

        Assert.Equal(1, stats!["/page/login/goHome"]);
        Assert.Equal(1, stats["/api/login/identifyUser"]);
        Assert.Equal(1, stats["/api/credential/authenticatePassword"]);
        Assert.Equal(2, stats["/api/newaccount/getAccounts2"]);
        Assert.DoesNotContain(stats.Keys, k => k.StartsWith("/sandbox", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_operation_is_a_404()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        var answer = await client.PostAsync("api/nothing/here");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, answer.Status);
        Assert.False(answer.Success);
    }
}
