using PersonalCapital.Sandbox.Sessions;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Protocol;

public sealed class MultiauthLoginTests
{
    private static object CredentialBody(string password) => new
    {
        userName = Sandboxes.Username,
        password,
        deviceFingerPrint = "0123456789abcdef0123456789abcdef",
        userAgent = "test",
        language = "en-US",
        hasLiedLanguages = false,
        hasLiedResolution = false,
        hasLiedOs = false,
        hasLiedBrowser = false,
        flowName = "mfa",
        accu = "MYERIRA",
        requestSrc = "empower_browser",
    };

    [Fact]
    public async Task Token_then_sms_freemium_logs_in_and_a_remembered_device_then_needs_no_code()
    {
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = LoginFlow.Multiauth);
        using var client = new ScriptedClient(sandbox.BaseAddress);

        var credentials = await client.PostJsonAsync("api/auth/multiauth/noauth/authenticate", CredentialBody(Sandboxes.Password));
        Assert.True(credentials.Json!["success"]!.GetValue<bool>());
        var idToken = credentials.Json["idToken"]!.GetValue<string>();
        Assert.Equal(3, idToken.Split('.').Length);
        Assert.Equal("/api/credential/authenticateToken", credentials.Json["destinationUrl"]!.GetValue<string>());

        var exchanged = await client.PostAsync("api/credential/authenticateToken", ("idToken", idToken));
        exchanged.AssertFailure(200);
        Assert.NotNull(client.Csrf);

        (await client.PostAsync("api/credential/challengeSmsFreemium", ("challengeReason", "DEVICE_AUTH"), ("bindDevice", "true"))).AssertSuccess();
        var done = await client.PostAsync("api/credential/authenticateSmsFreemium", ("code", Sandboxes.FixedCode), ("bindDevice", "true"));
        done.AssertSuccess();
        Assert.Equal("SESSION_AUTHENTICATED", done.AuthLevel);
        (await client.PostAsync("api/newaccount/getAccounts2")).AssertSuccess();

        // Same browser, later: the device cookie makes the token exchange log in at once.
        Assert.NotNull(client.Cookies.GetCookies(sandbox.BaseAddress)[DemoUser.DeviceCookieName]);
        var again = await client.PostJsonAsync("api/auth/multiauth/noauth/authenticate", CredentialBody(Sandboxes.Password));
        var direct = await client.PostAsync("api/credential/authenticateToken", ("idToken", again.Json!["idToken"]!.GetValue<string>()));
        direct.AssertSuccess();
        Assert.Equal("SESSION_AUTHENTICATED", direct.AuthLevel);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSmsFreemium"]);
    }

    [Fact]
    public async Task A_token_is_good_for_one_exchange_only()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        var credentials = await client.PostJsonAsync("api/auth/multiauth/noauth/authenticate", CredentialBody(Sandboxes.Password));
        var idToken = credentials.Json!["idToken"]!.GetValue<string>();
        await client.PostAsync("api/credential/authenticateToken", ("idToken", idToken));

        (await client.PostAsync("api/credential/authenticateToken", ("idToken", idToken))).AssertFailure(200, 201);
    }

    [Fact]
    public async Task A_wrong_password_gets_no_token()
    {
        await using var sandbox = await Sandboxes.StartAsync();
        using var client = new ScriptedClient(sandbox.BaseAddress);
        var refused = await client.PostJsonAsync("api/auth/multiauth/noauth/authenticate", CredentialBody("wrong"));
        Assert.False(refused.Json!["success"]!.GetValue<bool>());
        Assert.Null(refused.Json["idToken"]);
    }

    [Fact]
    public async Task A_multiauth_only_account_answers_identifyUser_with_none_and_no_error_by_default()
    {
        // §12: clients of migrated accounts saw authLevel NONE, success, and no error code at all.
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = LoginFlow.Multiauth);
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        var answer = await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        answer.AssertSuccess();
        Assert.Equal("NONE", answer.AuthLevel);
        Assert.Null(answer.Header["errors"]);
    }

    [Fact]
    public async Task A_multiauth_only_account_can_be_made_to_answer_the_doubtful_error_920()
    {
        await using var sandbox = await Sandboxes.StartAsync(o =>
        {
            o.LoginFlow = LoginFlow.Multiauth;
            o.MigratedAnswer = MigratedAnswer.Error920;
        });
        using var client = new ScriptedClient(sandbox.BaseAddress);
        await client.GoHomeAsync();
        var answer = await client.PostAsync("api/login/identifyUser", ("username", Sandboxes.Username));
        answer.AssertFailure(920);
        Assert.Equal("NONE", answer.AuthLevel);
    }

    [Fact]
    public async Task A_legacy_only_account_refuses_the_multiauth_credential_check()
    {
        await using var sandbox = await Sandboxes.StartAsync(o => o.LoginFlow = LoginFlow.Legacy);
        using var client = new ScriptedClient(sandbox.BaseAddress);
        var refused = await client.PostJsonAsync("api/auth/multiauth/noauth/authenticate", CredentialBody(Sandboxes.Password));
        Assert.False(refused.Json!["success"]!.GetValue<bool>());
        Assert.Null(refused.Json["idToken"]);
    }
}
