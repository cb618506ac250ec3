using System.Net;
using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Sessions;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Protocol;

/// <summary>The sign-in behaviours public clients met in 2025–2026 (upstream-protocol §3.6–3.8, §12), each selectable.</summary>
public sealed class SignInVariantsTests
{
    [Fact]
    public async Task Identify_on_a_live_session_restarts_the_sign_in_and_a_remembered_device_only_needs_the_password()
    {
        // §12: the original service called haochi's login() every ten minutes on its live session; that only works
        // when identifyUser answers USER_REMEMBERED there and takes the password again.
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode, bindDevice: true);
        (await client.PostAsync("api/newaccount/getAccounts")).AssertSuccess();

        var again = await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));

        again.AssertSuccess();
        Assert.Equal("USER_REMEMBERED", again.AuthLevel);
        (await client.PostAsync("api/newaccount/getAccounts")).AssertFailure(200, 201);
        var password = await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password), ("bindDevice", "true"));
        Assert.Equal("SESSION_AUTHENTICATED", password.AuthLevel);
        (await client.PostAsync("api/newaccount/getAccounts")).AssertSuccess();
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
    }

    [Fact]
    public async Task Identify_on_a_live_session_without_a_device_cookie_wants_the_second_factor_again()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode, bindDevice: false);

        var again = await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));

        Assert.Equal("USER_IDENTIFIED", again.AuthLevel);
    }

    [Fact]
    public async Task Identify_on_a_live_session_can_be_made_to_keep_the_session()
    {
        await using var sandbox = await Sandboxes.StartAsync(o => o.LiveSessionIdentify = LiveSessionIdentify.KeepSession);
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);

        var again = await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));

        Assert.Equal("SESSION_AUTHENTICATED", again.AuthLevel);
        (await client.PostAsync("api/newaccount/getAccounts")).AssertSuccess();
    }

    [Fact]
    public async Task Past_the_challenge_limit_the_upstream_answers_400_with_auac_12_until_the_window_has_room()
    {
        var clock = Sandboxes.NewClock();
        await using var sandbox = await Sandboxes.StartAsync(o => o.ChallengeLimit = 3, clock);
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        for (var i = 0; i < 3; i++)
        {
            (await client.PostAsync(i == 1 ? "api/credential/challengePhone" : "api/credential/challengeSms")).AssertSuccess();
            clock.Advance(TimeSpan.FromMinutes(1));
        }

        var refused = await client.PostAsync("api/credential/challengeSms");

        Assert.Equal(HttpStatusCode.BadRequest, refused.Status);
        Assert.Contains("AUAC_12", refused.Text, StringComparison.Ordinal);
        Assert.Contains("Max number of activation challenges", refused.Text, StringComparison.Ordinal);
        clock.Advance(TimeSpan.FromMinutes(11));
        Assert.Equal(HttpStatusCode.BadRequest, (await client.PostAsync("api/credential/challengeSms")).Status);
        clock.Advance(TimeSpan.FromMinutes(1));
        (await client.PostAsync("api/credential/challengeSms")).AssertSuccess();
    }

    [Fact]
    public async Task An_email_challenge_answers_success_but_delivers_nothing_by_default()
    {
        await using var sandbox = await Sandboxes.StartAsync(o => o.EmailDelivers = false);
        var issued = new List<IssuedCode>();
        sandbox.Codes.Issued += issued.Add;
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));

        (await client.PostAsync("api/credential/challengeEmail")).AssertSuccess();

        Assert.Empty(issued);
        (await client.PostAsync("api/credential/authenticateEmailByCode", ("code", Sandboxes.FixedCode))).AssertFailure(314);
        // SMS still works in the same sign-in.
        (await client.PostAsync("api/credential/challengeSms")).AssertSuccess();
        Assert.Equal(ChallengeChannel.Sms, Assert.Single(issued).Channel);
    }

    [Fact]
    public async Task Random_codes_have_the_configured_number_of_digits()
    {
        await using var sandbox = await Sandboxes.StartAsync(o =>
        {
            o.TwoFactorCode = null;
            o.CodeDigits = 6;
        });
        var issued = new List<IssuedCode>();
        sandbox.Codes.Issued += issued.Add;
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        await client.PostAsync("api/credential/challengeSms");

        Assert.Matches("^[0-9]{6}$", Assert.Single(issued).Code);
    }

    [Fact]
    public async Task The_new_site_names_accounts_name_and_has_no_is_active()
    {
        var accounts = await Accounts2Async(SandboxSite.Empower);

        Assert.All(accounts, a =>
        {
            Assert.NotNull(a["name"]);
            Assert.False(a.ContainsKey("accountName"));
            Assert.False(a.ContainsKey("isActive"));
        });
        Assert.Contains(accounts, a => a["closedDate"]!.GetValue<string>().Length > 0);
    }

    [Fact]
    public async Task The_classic_site_names_accounts_account_name_and_says_is_active()
    {
        var classic = await Accounts2Async(SandboxSite.Classic);
        var empower = await Accounts2Async(SandboxSite.Empower);

        Assert.Equal(empower.Count, classic.Count);
        for (var i = 0; i < classic.Count; i++)
        {
            Assert.False(classic[i].ContainsKey("name"));
            Assert.Equal(empower[i]["name"]!.GetValue<string>(), classic[i]["accountName"]!.GetValue<string>());
            Assert.Equal(empower[i]["closedDate"]!.GetValue<string>().Length == 0, classic[i]["isActive"]!.GetValue<bool>());
            Assert.Equal(empower[i]["balance"]!.ToJsonString(), classic[i]["balance"]!.ToJsonString());
        }
        Assert.Contains(classic, a => !a["isActive"]!.GetValue<bool>());
    }

    [Fact]
    public async Task Cloudflare_can_challenge_the_login_page_and_the_login_calls()
    {
        await using var sandbox = await Sandboxes.StartAsync(o => o.Faults.CloudflareOnLogin = 1);
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };

        using var page = await http.GetAsync("page/login/goHome");
        using var identify = await http.PostAsync("api/login/identifyUser", new FormUrlEncodedContent([new("username", Sandboxes.Username)]));

        foreach (var response in new[] { page, identify })
        {
            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.Equal("challenge", response.Headers.GetValues("cf-mitigated").Single());
        }
    }

    [Fact]
    public async Task The_stats_tell_multipart_from_urlencoded_bodies()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        await client.PostMultipartAsync("api/login/querySession");

        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var encodings = JsonNode.Parse(await http.GetStringAsync("sandbox/stats/encodings"))!;

        Assert.Equal(1, encodings["multipart"]!.GetValue<int>());
        Assert.Equal(1, encodings["urlencoded"]!.GetValue<int>());
    }

    private static async Task<List<JsonObject>> Accounts2Async(SandboxSite site)
    {
        await using var sandbox = await Sandboxes.StartAsync(o => o.Site = site);
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        var answer = await client.PostAsync("api/newaccount/getAccounts2");
        answer.AssertSuccess();
        return [.. answer.SpData!["accounts"]!.AsArray().Select(a => a!.AsObject())];
    }
}
