using System.Net;
using Microsoft.Playwright;
using PersonalCapitalService.Tests.Support;
using PersonalCapitalService.Tests.Support.Browser;
using static Microsoft.Playwright.Assertions;

namespace PersonalCapitalService.Tests.LoginPage;

/// <summary>
/// The session import as the owner does it: in headless Chromium, without JavaScript, pasting a signed-in browser's
/// Cookie header into /login. The pasted value appears in no log line, no URL and not on the page after.
/// </summary>
public sealed class SessionImportBrowserTests(PlaywrightDriver driver) : IClassFixture<PlaywrightDriver>
{
    [ChromiumFact]
    public async Task A_pasted_cookie_header_logs_the_bridge_in_and_is_never_shown_or_logged()
    {
        using var folder = new TemporaryFolder();
        await using var sandbox = await TestSandbox.StartAsync();
        var signedIn = await BrowserSession.SignInAsync(sandbox, folder);
        await using var service = await RunningService.StartAsync(sandbox);
        await using var chromium = await HeadlessChromium.LaunchAsync(
            driver, service.BaseAddress, RunningService.BasicUser, RunningService.BasicPassword, javaScriptEnabled: false);
        var page = chromium.Page;

        await page.GotoAsync(new Uri(service.BaseAddress, "login").AbsoluteUri);
        await Screenshots(page, folder, "import-closed");
        await page.GetByText("Signed in in a browser? Import that session instead").ClickAsync();
        await Expect(page.Locator("#import-steps li")).ToHaveCountAsync(5);
        await Expect(page.Locator("#import-steps")).ToContainTextAsync("Network");
        await Expect(page.Locator("#import-steps")).ToContainTextAsync(sandbox.BaseAddress.Host);
        await page.GetByLabel("Cookie header").FillAsync(signedIn.CookieHeader);
        await Screenshots(page, folder, "import-filled");
        await page.GetByRole(AriaRole.Button, new() { Name = "Import the session" }).ClickAsync();

        await Expect(page.Locator("#state")).ToHaveTextAsync("Logged in");
        await Expect(page.Locator("#notice")).ToHaveTextAsync("Session imported and checked. The bridge serves data again.");
        using var accounts = await service.Client.GetAsync("accounts");
        Assert.Equal(HttpStatusCode.OK, accounts.StatusCode);
        var shown = await page.ContentAsync();
        var logLines = service.Logs.AllText;
        Assert.NotEmpty(logLines);
        foreach (var value in signedIn.Values)
        {
            Assert.DoesNotContain(value, page.Url, StringComparison.Ordinal);
            Assert.DoesNotContain(value, shown, StringComparison.Ordinal);
            Assert.DoesNotContain(value, logLines, StringComparison.Ordinal);
        }
        Assert.Equal(1, sandbox.Stats["/api/login/identifyUser"]);
    }

    /// <summary>Desktop and phone widths, for a human to look at; in the test's temporary folder, never in git.</summary>
    private static async Task Screenshots(IPage page, TemporaryFolder folder, string name)
    {
        foreach (var (label, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        {
            await page.SetViewportSizeAsync(width, height);
            await page.ScreenshotAsync(new() { Path = folder.File($"{name}-{label}.png"), FullPage = true });
        }
    }
}
