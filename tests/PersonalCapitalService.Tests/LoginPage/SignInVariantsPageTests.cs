using System.Net;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.LoginPage;

/// <summary>
/// /login in the situations of 2025–2026 (upstream-protocol §12): second factors offered in the order that works,
/// the session import when sign-in is blocked, and no code request while the upstream says AUAC_12.
/// </summary>
public sealed class SignInVariantsPageTests
{
    [Fact]
    public async Task Second_factors_come_in_the_order_that_works_with_their_caveats()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();

        var choose = await browser.SubmitAsync("start");

        Assert.Equal(["sms", "voice", "email", "totp"], choose.Methods);
        Assert.Contains("often never arrives", choose.Html, StringComparison.Ordinal);
        Assert.Contains("not available for most accounts", choose.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pasted_browser_session_is_checked_stored_and_serves_data_and_is_in_no_log()
    {
        using var folder = new TemporaryFolder();
        await using var sandbox = await TestSandbox.StartAsync();
        var signedIn = await BrowserSession.SignInAsync(sandbox, folder);
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        var page = await browser.GetPageAsync();
        Assert.Contains("Network", page.Html, StringComparison.Ordinal);
        Assert.Contains(sandbox.BaseAddress.Host, page.Html, StringComparison.Ordinal);

        var imported = await browser.SubmitAsync("import", ("cookie", signedIn.CookieHeader), ("csrf", ""));

        Assert.Equal("Authenticated", imported.State);
        Assert.Equal("Session imported and checked. The bridge serves data again.", imported.Notice);
        Assert.Empty(imported.FormActions);
        using var accounts = await service.Client.GetAsync("accounts");
        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
        Assert.True(File.Exists(service.SessionFile));
        Assert.All(signedIn.Values, v => Assert.DoesNotContain(v, service.Logs.AllText, StringComparison.Ordinal));
        Assert.Equal(1, sandbox.Stats["/api/login/identifyUser"]);
    }

    [Theory]
    [InlineData("JSESSIONID=FEEDFACEFEEDFACEFEEDFACEFEEDFACE", HttpStatusCode.BadRequest)]
    [InlineData("FEEDFACE-no-cookie-at-all", HttpStatusCode.BadRequest)]
    public async Task Cookies_that_are_no_signed_in_session_are_refused_without_repeating_them(string pasted, HttpStatusCode status)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();

        var refused = await browser.PostAsync("import", [new("cookie", pasted)]);

        Assert.Equal(status, refused.Status);
        Assert.StartsWith("Importing the session failed", refused.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("FEEDFACE", refused.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("FEEDFACE", service.Logs.AllText, StringComparison.Ordinal);
        Assert.False(File.Exists(service.SessionFile));
    }

    [Fact]
    public async Task After_auac_12_the_page_offers_no_code_request_and_a_forged_one_reaches_no_upstream()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.ChallengeLimit = 1);
        await using var service = await RunningService.StartAsync(sandbox);
        using var browser = LoginPageClient.For(service);
        await browser.GetPageAsync();
        await browser.SubmitAsync("start");
        await browser.SubmitAsync("challenge", ("method", "sms"));

        var capped = await browser.PostAsync("challenge", "method", "voice");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, capped.Status);
        Assert.Contains("AUAC_12", capped.Error, StringComparison.Ordinal);
        var page = await browser.GetPageAsync();
        Assert.Equal(["/login/code", "/login/import"], page.FormActions);
        Assert.Contains("id=\"codes-exhausted\"", page.Html, StringComparison.Ordinal);
        Assert.Contains("No new code can be asked for before", page.Html, StringComparison.Ordinal);
        Assert.Contains("<details id=\"import\" open", page.Html, StringComparison.Ordinal);
        using var ready = await service.Client.GetAsync("health/ready");
        var report = System.Text.Json.Nodes.JsonNode.Parse(await ready.Content.ReadAsStringAsync())!;
        Assert.NotNull(report["codeRequestsExhaustedUntil"]);
        Assert.Equal("/login", report["login"]!.GetValue<string>());

        var calls = sandbox.Stats["/api/credential/challengePhone"] + sandbox.Stats["/api/credential/challengeSms"];
        var forged = await browser.PostAsync("challenge", "method", "sms");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, forged.Status);
        Assert.Equal(calls, sandbox.Stats["/api/credential/challengePhone"] + sandbox.Stats["/api/credential/challengeSms"]);

        // The 4-digit code already received still logs in.
        var done = await browser.SubmitAsync("code", ("code", TestSandbox.Code));
        Assert.Equal("Authenticated", done.State);
    }
}
