using System.Net;
using System.Text;
using PersonalCapital.Sandbox;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.LoginPage;

/// <summary>The /login page over plain HTTP, against the real service and the sandbox.</summary>
public sealed class LoginPageHttpTests
{
    private const string ChallengeSms = "/api/credential/challengeSms";
    private const string IdentifyUser = "/api/login/identifyUser";

    [Fact]
    public async Task Page_and_forms_need_basic_credentials()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var anonymous = LoginPageClient.For(service, credentials: false);

        var page = await anonymous.GetPageAsync();
        var start = await anonymous.PostAsync("start", withToken: false);

        Assert.Equal(HttpStatusCode.Unauthorized, page.Status);
        Assert.StartsWith("Basic", page.Headers["WWW-Authenticate"], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, start.Status);
        Assert.Equal(0, sandbox.Stats[IdentifyUser]);
    }

    [Fact]
    public async Task Page_shows_the_state_in_words_and_a_start_form()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);

        var page = await browser.GetPageAsync();

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("text/html", page.MediaType);
        Assert.Contains("<html lang=\"en\">", page.Html, StringComparison.Ordinal);
        Assert.Contains("<h1>", page.Html, StringComparison.Ordinal);
        Assert.Equal("Unknown", page.State);
        Assert.Contains("Not checked yet", page.Html, StringComparison.Ordinal);
        Assert.Contains("none since the service started", page.Html, StringComparison.Ordinal);
        // Every page short of logged in also offers the session import (the fallback when sign-in is blocked).
        Assert.Equal(["/login/start", "/login/import"], page.FormActions);
        Assert.NotNull(browser.Token);
        Assert.DoesNotContain("<script", page.Html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("default-src 'none'", page.Headers["Content-Security-Policy"], StringComparison.Ordinal);
        Assert.Contains("no-store", page.Headers["Cache-Control"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Whole_login_over_http_where_a_wrong_code_keeps_the_login_waiting()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();

        var choose = await browser.SubmitAsync("start");
        Assert.Equal("NeedsSecondFactor", choose.State);
        Assert.Equal(["/login/challenge", "/login/import"], choose.FormActions);
        Assert.Equal(["sms", "voice", "email", "totp"], choose.Methods);
        Assert.Contains("wants a second factor", choose.Notice, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Stats[ChallengeSms]);

        var enter = await browser.SubmitAsync("challenge", ("method", "sms"));
        Assert.Equal(1, sandbox.Stats[ChallengeSms]);
        Assert.Equal("A code was sent by SMS. Enter it below.", enter.Notice);
        Assert.Equal(["/login/code", "/login/challenge", "/login/import"], enter.FormActions);
        Assert.Contains("inputmode=\"numeric\"", enter.Html, StringComparison.Ordinal);
        Assert.Contains("autocomplete=\"one-time-code\"", enter.Html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"code\">", enter.Html, StringComparison.Ordinal);

        var wrong = await browser.PostAsync("code", "code", "000000");
        Assert.Equal(HttpStatusCode.BadRequest, wrong.Status);
        Assert.Contains("did not accept the code", wrong.Error, StringComparison.Ordinal);
        Assert.Equal("NeedsSecondFactor", wrong.State);
        Assert.Equal(["/login/code", "/login/challenge", "/login/import"], wrong.FormActions);

        var done = await browser.SubmitAsync("code", ("code", TestSandbox.Code));
        Assert.Equal("Authenticated", done.State);
        Assert.Contains("Logged in", done.Html, StringComparison.Ordinal);
        Assert.Contains("href=\"/health/ready\"", done.Html, StringComparison.Ordinal);
        Assert.Empty(done.FormActions);
        Assert.Equal(1, sandbox.Stats[ChallengeSms]);

        using var accounts = await service.Client.GetAsync("accounts");
        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
        Assert.DoesNotContain(TestSandbox.Code, service.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(TestSandbox.Password, service.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(service.Logs.Lines, l => l.StartsWith("Warning Microsoft.AspNetCore", StringComparison.Ordinal));
        foreach (var html in new[] { choose.Html, enter.Html, wrong.Html, done.Html })
        {
            Assert.DoesNotContain(TestSandbox.Code, html, StringComparison.Ordinal);
            Assert.DoesNotContain(TestSandbox.Password, html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_new_code_can_be_sent_and_only_the_newest_logs_in()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.TwoFactorCode = null);
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();
        await browser.SubmitAsync("start");
        await browser.SubmitAsync("challenge", ("method", "sms"));
        var first = sandbox.Codes.Last!.Code;

        var again = await browser.SubmitAsync("challenge", ("method", "email"));
        var second = sandbox.Codes.Last!.Code;

        Assert.Equal("A code was sent by email. Enter it below.", again.Notice);
        Assert.Contains("Code sent to you by email", again.Html, StringComparison.Ordinal);
        if (first != second)
        {
            var stale = await browser.PostAsync("code", "code", first);
            Assert.Equal(HttpStatusCode.BadRequest, stale.Status);
        }
        var done = await browser.SubmitAsync("code", ("code", second));
        Assert.Equal("Authenticated", done.State);
    }

    [Fact]
    public async Task Forms_without_a_valid_antiforgery_token_are_refused_and_reach_nothing_upstream()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();
        await browser.SubmitAsync("start");
        var identifications = sandbox.Stats[IdentifyUser];
        using var cookieless = LoginPageClient.For(service, cookies: false);
        await cookieless.GetPageAsync();

        PageAnswer[] refused =
        [
            await browser.PostAsync("challenge", [new("method", "sms")], withToken: false),
            await browser.PostAsync("challenge", [new("method", "sms"), new(LoginPageClient.TokenField, "forged-token")], withToken: false),
            await browser.PostAsync("start", withToken: false),
            await cookieless.PostAsync("challenge", "method", "sms"),
            await browser.PostRawAsync("challenge", new StringContent("""{"method":"sms"}""", Encoding.UTF8, "application/json")),
            await browser.PostRawAsync("challenge", new StringContent("--broken\r\nno headers", Encoding.UTF8, "multipart/form-data")),
        ];

        Assert.All(refused, answer =>
        {
            Assert.Equal(HttpStatusCode.BadRequest, answer.Status);
            Assert.Contains("did not come from this page", answer.Error, StringComparison.Ordinal);
        });
        Assert.Equal(0, sandbox.Stats[ChallengeSms]);
        Assert.Equal(identifications, sandbox.Stats[IdentifyUser]);
        Assert.DoesNotContain(browser.Token!, service.Logs.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_input_gets_the_page_with_a_sentence_and_never_reaches_upstream()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();
        await browser.SubmitAsync("start");

        var codeTooEarly = await browser.PostAsync("code", "code", TestSandbox.Code);
        var unknownMethod = await browser.PostAsync("challenge", "method", "pigeon");
        var noMethod = await browser.PostAsync("challenge");
        await browser.SubmitAsync("challenge", ("method", "voice"));
        var verifications = sandbox.Stats["/api/credential/authenticatePhone"];
        var emptyCode = await browser.PostAsync("code", "code", "  ");
        var noCode = await browser.PostAsync("code");
        var letters = await browser.PostAsync("code", "code", "12ab56");

        Assert.Contains("No code was asked for yet", codeTooEarly.Error, StringComparison.Ordinal);
        Assert.Contains("Choose how to receive the code", unknownMethod.Error, StringComparison.Ordinal);
        Assert.Contains("Choose how to receive the code", noMethod.Error, StringComparison.Ordinal);
        Assert.Equal("Enter the code you received.", emptyCode.Error);
        Assert.Equal("Enter the code you received.", noCode.Error);
        Assert.Contains("digits only", letters.Error, StringComparison.Ordinal);
        Assert.All(new[] { codeTooEarly, unknownMethod, noMethod, emptyCode, noCode, letters },
            answer => Assert.Equal(HttpStatusCode.BadRequest, answer.Status));
        Assert.DoesNotContain("12ab56", letters.Html, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Stats[ChallengeSms]);
        Assert.Equal(verifications, sandbox.Stats["/api/credential/authenticatePhone"]);
        Assert.Equal("NeedsSecondFactor", letters.State);
    }

    [Fact]
    public async Task An_account_on_the_new_sign_in_is_offered_sms_only()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.LoginFlow = LoginFlow.Multiauth);
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();

        var choose = await browser.SubmitAsync("start");
        var email = await browser.PostAsync("challenge", "method", "email");

        Assert.Equal(["sms"], choose.Methods);
        Assert.Contains("SMS only", choose.Html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, email.Status);
        Assert.Contains("SMS only", email.Error, StringComparison.Ordinal);
        Assert.Equal(0, sandbox.Stats["/api/credential/challengeSmsFreemium"]);

        await browser.SubmitAsync("challenge", ("method", "sms"));
        var done = await browser.SubmitAsync("code", ("code", TestSandbox.Code));
        Assert.Equal("Authenticated", done.State);
    }

    [Fact]
    public async Task Starting_again_while_logged_in_reuses_the_session_without_a_code()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();
        await service.LogInAsync();
        var before = await browser.GetPageAsync();
        var challenges = sandbox.Stats[ChallengeSms];

        var again = await browser.SubmitAsync("start");
        var staleSend = await browser.PostAsync("challenge", "method", "sms");

        Assert.Equal("Authenticated", before.State);
        Assert.Matches(@"<time datetime=""\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ"">", before.Html);
        Assert.Contains("Logged in without a code", again.Notice, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, staleSend.Status);
        Assert.Equal(challenges, sandbox.Stats[ChallengeSms]);
    }

    [Fact]
    public async Task Refused_credentials_show_the_clients_sentence_and_no_stack_trace()
    {
        const string wrongPassword = "made-up-wrong-password";
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            ["PersonalCapital:Password"] = wrongPassword,
            ["PersonalCapital:TwoFactorMethod"] = "Totp",
        });
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();
        var choose = await browser.SubmitAsync("start");
        Assert.Contains("value=\"totp\" checked", choose.Html, StringComparison.Ordinal);
        await browser.SubmitAsync("challenge", ("method", "totp"));

        var refused = await browser.PostAsync("code", "code", TestSandbox.Code);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.Status);
        Assert.StartsWith("Logging in failed: ", refused.Error, StringComparison.Ordinal);
        Assert.Equal("CredentialsRejected", refused.State);
        Assert.Equal(["/login/start", "/login/import"], refused.FormActions);
        Assert.Contains("repeated wrong passwords lock the account", refused.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, refused.Html, StringComparison.Ordinal);
        Assert.DoesNotContain(wrongPassword, service.Logs.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", refused.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Keys_live_in_memory_so_a_form_from_before_a_restart_is_refused_with_a_fresh_one()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var before = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(before);
        await browser.GetPageAsync();
        var oldToken = browser.Token;
        Assert.DoesNotContain(before.Logs.Lines, IsDataProtectionWarning);
        await before.DisposeAsync();

        await using var after = await RunningService.StartAsync(sandbox);
        browser.BaseAddress = after.BaseAddress;
        var stale = await browser.PostAsync("start");

        Assert.Equal(HttpStatusCode.BadRequest, stale.Status);
        Assert.Contains("forms also expire when the service restarts", stale.Error, StringComparison.Ordinal);
        Assert.NotEqual(oldToken, browser.Token);
        Assert.Equal(0, sandbox.Stats[IdentifyUser]);
        var retried = await browser.SubmitAsync("start");
        Assert.Equal("NeedsSecondFactor", retried.State);
        Assert.DoesNotContain(after.Logs.Lines, IsDataProtectionWarning);
        Assert.DoesNotContain(browser.Token!, after.Logs.AllText, StringComparison.Ordinal);
    }

    private static bool IsDataProtectionWarning(string line) =>
        line.StartsWith("Warning Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal)
        || line.StartsWith("Error Microsoft.AspNetCore.DataProtection", StringComparison.Ordinal);
}
