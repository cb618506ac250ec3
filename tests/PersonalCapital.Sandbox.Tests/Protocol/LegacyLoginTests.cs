using System.Net;
using PersonalCapital.Sandbox.Sessions;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Protocol;

public sealed class LegacyLoginTests
{
    [Theory]
    [InlineData("challengeSms", "authenticateSms", "code", ChallengeChannel.Sms)]
    [InlineData("challengeEmail", "authenticateEmailByCode", "code", ChallengeChannel.Email)]
    [InlineData("challengePhone", "authenticatePhone", "code", ChallengeChannel.Voice)]
    [InlineData("challengeTotp", "authenticateTotpCode", "totpCode", ChallengeChannel.Totp)]
    public async Task Each_second_factor_climbs_the_levels_to_an_authenticated_session(
        string challenge, string authenticate, string codeField, ChallengeChannel channel)
    {
        // No fixed code: the sandbox makes a random one per challenge and announces it.
        await using var sandbox = await Sandboxes.StartAsync(o => o.TwoFactorCode = null);
        var issued = new List<IssuedCode>();
        sandbox.Codes.Issued += issued.Add;
        using var client = new ScriptedClient(sandbox.BaseAddress);

        var page = await client.GoHomeAsync();
        Assert.Contains("window.csrf ='", page);
        var bootstrapCsrf = client.Csrf;

        var identified = await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username), ("bindDevice", "false"));
        identified.AssertSuccess();
        Assert.Equal("USER_IDENTIFIED", identified.AuthLevel);
        Assert.NotEqual(bootstrapCsrf, client.Csrf);

        (await client.PostAsync($"api/credential/{challenge}", ("challengeReason", "DEVICE_AUTH"))).AssertSuccess();
        var code = Assert.Single(issued);
        Assert.Equal(channel, code.Channel);
        // Today's SMS codes are 4 digits (§12); so are the sandbox's random ones by default.
        Assert.Matches("^[0-9]{4}$", code.Code);

        var authorized = await client.PostAsync($"api/credential/{authenticate}", (codeField, code.Code));
        authorized.AssertSuccess();
        Assert.Equal("DEVICE_AUTHORIZED", authorized.AuthLevel);

        var done = await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password), ("bindDevice", "true"));
        done.AssertSuccess();
        Assert.Equal("SESSION_AUTHENTICATED", done.AuthLevel);
        Assert.NotNull(done.SpData?["credentials"]);

        var accounts = await client.PostAsync("api/newaccount/getAccounts2", ("lastServerChangeId", "-1"));
        accounts.AssertSuccess();
        Assert.NotNull(accounts.SpData);
    }

    [Fact]
    public async Task A_wrong_code_fails_and_keeps_the_level_and_the_right_one_still_works()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        await client.PostAsync("api/credential/challengeSms");

        var wrong = await client.PostAsync("api/credential/authenticateSms", ("code", "000000"));
        wrong.AssertFailure(314);
        Assert.Equal("USER_IDENTIFIED", wrong.AuthLevel);

        var right = await client.PostAsync("api/credential/authenticateSms", ("code", Sandboxes.FixedCode));
        Assert.Equal("DEVICE_AUTHORIZED", right.AuthLevel);
    }

    [Fact]
    public async Task A_code_without_a_challenge_is_refused()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));

        (await client.PostAsync("api/credential/authenticateSms", ("code", Sandboxes.FixedCode))).AssertFailure(315);
    }

    [Fact]
    public async Task The_password_before_the_second_factor_is_refused_with_authorization_required()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));

        var early = await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password));
        early.AssertFailure(200);
        Assert.Equal("USER_IDENTIFIED", early.AuthLevel);
    }

    [Fact]
    public async Task A_remembered_device_skips_the_second_factor()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var first = new ScriptedClient(sandbox.BaseAddress);
        await first.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode, bindDevice: true);
        var device = first.Cookies.GetCookies(sandbox.BaseAddress)[DemoUser.DeviceCookieName];
        Assert.NotNull(device);
        Assert.True(device.Expires > DateTime.Now.AddDays(300), "the device cookie lives about a year");

        // A new browser that only kept the device cookie.
        var jar = new CookieContainer();
        jar.Add(sandbox.BaseAddress, new Cookie(device.Name, device.Value, "/"));
        using var second = new ScriptedClient(sandbox.BaseAddress, jar);
        await second.GoHomeAsync();
        var identified = await second.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        Assert.Equal("USER_REMEMBERED", identified.AuthLevel);
        var done = await second.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password), ("bindDevice", "true"));
        Assert.Equal("SESSION_AUTHENTICATED", done.AuthLevel);

        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
    }

    [Fact]
    public async Task Without_bindDevice_no_device_is_remembered()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var first = new ScriptedClient(sandbox.BaseAddress);
        await first.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode, bindDevice: false);
        Assert.Null(first.Cookies.GetCookies(sandbox.BaseAddress)[DemoUser.DeviceCookieName]);

        using var second = new ScriptedClient(sandbox.BaseAddress);
        await second.GoHomeAsync();
        Assert.Equal("USER_IDENTIFIED", (await second.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username))).AuthLevel);
    }

    [Fact]
    public async Task Mfa_every_sign_in_asks_a_remembered_device_for_a_code_after_the_password()
    {
        await using var sandbox = await Sandboxes.StartAsync(o => o.MfaEverySignIn = true);
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.PassSecondFactorAsync(Sandboxes.Username, Sandboxes.FixedCode);
        (await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password), ("bindDevice", "true"))).AssertSuccess();
        var device = client.Cookies.GetCookies(sandbox.BaseAddress)[DemoUser.DeviceCookieName]!;

        var jar = new CookieContainer();
        jar.Add(sandbox.BaseAddress, new Cookie(device.Name, device.Value, "/"));
        using var again = new ScriptedClient(sandbox.BaseAddress, jar);
        await again.GoHomeAsync();
        Assert.Equal("USER_REMEMBERED", (await again.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username))).AuthLevel);

        var mfa = await again.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password));
        mfa.AssertSuccess();
        Assert.Equal("MFA_REQUIRED", mfa.AuthLevel);
        (await again.PostAsync("api/newaccount/getAccounts2")).AssertFailure(200, 201);

        await again.PostAsync("api/credential/challengeSms");
        Assert.Equal("DEVICE_AUTHORIZED", (await again.PostAsync("api/credential/authenticateSms", ("code", Sandboxes.FixedCode))).AuthLevel);
        Assert.Equal("SESSION_AUTHENTICATED", (await again.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password))).AuthLevel);
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_user_for_a_while()
    {
        var clock = Sandboxes.NewClock();
        await using var sandbox = await Sandboxes.StartAsync(o => o.LockoutDuration = TimeSpan.FromMinutes(15), clock);
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.PassSecondFactorAsync(Sandboxes.Username, Sandboxes.FixedCode);

        for (var i = 0; i < 4; i++)
        {
            var wrong = await client.PostAsync("api/credential/authenticatePassword", ("passwd", "wrong-" + i));
            wrong.AssertFailure(312);
            Assert.Equal("DEVICE_AUTHORIZED", wrong.AuthLevel);
        }
        (await client.PostAsync("api/credential/authenticatePassword", ("passwd", "wrong-5"))).AssertFailure(313);
        (await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password))).AssertFailure(313);

        using var other = new ScriptedClient(sandbox.BaseAddress);
        await other.GoHomeAsync();
        Assert.Equal("NONE", (await other.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username))).AuthLevel);
        // The same (already identified) session is told the same: the lock is the user's, not the session's.
        Assert.Equal("NONE", (await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username))).AuthLevel);

        clock.Advance(TimeSpan.FromMinutes(16));
        await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        await client.PostAsync("api/credential/challengeSms");
        await client.PostAsync("api/credential/authenticateSms", ("code", Sandboxes.FixedCode));
        Assert.Equal("SESSION_AUTHENTICATED", (await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password))).AuthLevel);
    }

    [Fact]
    public async Task A_right_password_resets_the_count_of_wrong_ones()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        for (var round = 0; round < 2; round++)
        {
            using var client = new ScriptedClient(sandbox.BaseAddress);
            await client.PassSecondFactorAsync(Sandboxes.Username, Sandboxes.FixedCode);
            for (var i = 0; i < 4; i++)
            {
                (await client.PostAsync("api/credential/authenticatePassword", ("passwd", "wrong"))).AssertFailure(312);
            }
            Assert.Equal("SESSION_AUTHENTICATED", (await client.PostAsync("api/credential/authenticatePassword", ("passwd", Sandboxes.Password))).AuthLevel);
        }
    }

    [Fact]
    public async Task An_unknown_user_is_answered_with_level_NONE()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        var answer = await client.PostAsync("api/login/identifyUser", ("username", "nobody@example.com"));
        Assert.Equal("NONE", answer.AuthLevel);
        (await client.PostAsync("api/credential/challengeSms")).AssertFailure(200);
    }

    [Fact]
    public async Task QuerySession_reports_the_level_of_the_cookie_session()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        Assert.Equal("NONE", (await client.PostAsync("api/login/querySession", ("lastServerChangeId", "-1"))).AuthLevel);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        var probe = await client.PostAsync("api/login/querySession");
        probe.AssertSuccess();
        Assert.Equal("SESSION_AUTHENTICATED", probe.AuthLevel);
    }

    [Fact]
    public async Task The_old_root_page_and_a_doubled_slash_are_tolerated()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync("/");
        // An absolute address: a relative "//api" would be read as a host name.
        var doubled = sandbox.BaseAddress.AbsoluteUri.TrimEnd('/') + "//api/login/identifyUser";
        var answer = await client.PostAsync(doubled, ("username", Sandboxes.Username));
        Assert.Equal(HttpStatusCode.OK, answer.Status);
        Assert.Equal("USER_IDENTIFIED", answer.AuthLevel);
        Assert.Equal(1, sandbox.Stats["/api/login/identifyUser"]);
    }

    [Fact]
    public async Task Multipart_bodies_are_accepted_like_urlencoded_ones()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        var answer = await client.PostMultipartAsync("api/login/identifyUser", ("username", Sandboxes.Username), ("apiClient", "WEB"));
        Assert.Equal("USER_IDENTIFIED", answer.AuthLevel);
    }
}
