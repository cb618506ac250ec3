using System.Net;
using Microsoft.Playwright;
using PersonalCapital.Sandbox.Sessions;
using PersonalCapitalService.Tests.Support;
using PersonalCapitalService.Tests.Support.Browser;
using static Microsoft.Playwright.Assertions;

namespace PersonalCapitalService.Tests.LoginPage;

/// <summary>The owner's whole login through /login in headless Chromium, against the real service and the sandbox.</summary>
public sealed class LoginPageBrowserTests(PlaywrightDriver driver) : IClassFixture<PlaywrightDriver>
{
    [ChromiumFact]
    public async Task Whole_sms_login_in_headless_chromium_without_javascript()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.TwoFactorCode = null);
        await using var service = await RunningService.StartAsync(sandbox);
        await using var chromium = await HeadlessChromium.LaunchAsync(
            driver, service.BaseAddress, RunningService.BasicUser, RunningService.BasicPassword, javaScriptEnabled: false);
        var page = chromium.Page;

        var opened = await page.GotoAsync(new Uri(service.BaseAddress, "login").AbsoluteUri);
        Assert.Equal((int)HttpStatusCode.OK, opened!.Status);
        await Expect(page.Locator("#state")).ToHaveTextAsync("Not checked yet");
        Assert.Equal(0, await page.Locator("script").CountAsync());

        await page.GetByRole(AriaRole.Button, new() { Name = "Start login" }).ClickAsync();
        await Expect(page.Locator("#state")).ToHaveTextAsync("Needs a second factor");
        await page.GetByLabel("SMS", new() { Exact = true }).CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the code" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToHaveTextAsync("A code was sent by SMS. Enter it below.");

        var issued = sandbox.Codes.Last!;
        Assert.Equal(ChallengeChannel.Sms, issued.Channel);
        await page.GetByLabel("Code sent to you by SMS").FillAsync(issued.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await Expect(page.Locator("#state")).ToHaveTextAsync("Logged in");
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Logged in. The bridge serves data again.");
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Check readiness" })).ToHaveAttributeAsync("href", "/health/ready");
        Assert.DoesNotContain(issued.Code, page.Url, StringComparison.Ordinal);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
        using var accounts = await service.Client.GetAsync("accounts");
        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
        Assert.DoesNotContain(issued.Code, service.Logs.AllText, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public async Task Whole_authenticator_login_in_headless_chromium_after_a_mistyped_code()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.TwoFactorCode = null);
        await using var service = await RunningService.StartAsync(sandbox);
        await using var chromium = await HeadlessChromium.LaunchAsync(driver, service.BaseAddress, RunningService.BasicUser, RunningService.BasicPassword);
        var page = chromium.Page;
        await page.GotoAsync(new Uri(service.BaseAddress, "login").AbsoluteUri);

        await page.GetByRole(AriaRole.Button, new() { Name = "Start login" }).ClickAsync();
        await page.GetByLabel("Authenticator app").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send the code" }).ClickAsync();
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Ready: enter the code your authenticator app shows now.");
        var issued = sandbox.Codes.Last!;
        Assert.Equal(ChallengeChannel.Totp, issued.Channel);
        var codeField = page.GetByLabel("Code your authenticator app shows now");
        await Expect(codeField).ToHaveAttributeAsync("inputmode", "numeric");
        await Expect(codeField).ToHaveAttributeAsync("autocomplete", "one-time-code");

        await codeField.FillAsync(issued.Code == "000000" ? "111111" : "000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await Expect(page.Locator("#error")).ToContainTextAsync("did not accept the code");
        await Expect(page.Locator("#state")).ToHaveTextAsync("Needs a second factor");

        await page.GetByLabel("Code your authenticator app shows now").FillAsync(issued.Code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();

        await Expect(page.Locator("#state")).ToHaveTextAsync("Logged in");
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeTotp"]);
        using var accounts = await service.Client.GetAsync("accounts");
        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
    }
}
