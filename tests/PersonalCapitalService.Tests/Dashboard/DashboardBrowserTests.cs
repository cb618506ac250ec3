using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using PersonalCapitalService.Tests.Routes;
using PersonalCapitalService.Tests.Support;
using PersonalCapitalService.Tests.Support.Browser;
using PersonalCapitalService.Tests.V1;
using static Microsoft.Playwright.Assertions;

namespace PersonalCapitalService.Tests.Dashboard;

/// <summary>
/// /dashboard in headless Chromium with scripting off, its figures checked against /v1/, and screenshots at desktop
/// and phone widths in a temp folder (outside the repository) for a person to look at.
/// </summary>
[Collection(RouteWorldCollection.Name)]
public sealed class DashboardBrowserTests(SharedRouteWorld shared, PlaywrightDriver driver) : IClassFixture<PlaywrightDriver>
{
    public static readonly string ScreenshotFolder = Path.Combine(Path.GetTempPath(), "pcs-screenshots");

    private RouteWorld World => shared.World;

    [ChromiumFact]
    public async Task The_dashboard_shows_the_v1_figures_without_script()
    {
        var v1 = new V1Answers(World);
        var accounts = await v1.RowsAsync("v1/accounts");
        var networth = await v1.RowsAsync("v1/networth?days=365&interval=week");
        var latest = await v1.RowsAsync("v1/transactions?days=30");
        var sync = (await World.Service.Client.GetFromJsonAsync<JsonObject>("v1/sync"))!;

        await using var chromium = await HeadlessChromium.LaunchAsync(
            driver, World.Service.BaseAddress, RunningService.BasicUser, RunningService.BasicPassword, javaScriptEnabled: false);
        var page = chromium.Page;
        var opened = await page.GotoAsync(new Uri(World.Service.BaseAddress, "dashboard").AbsoluteUri);
        Assert.Equal((int)HttpStatusCode.OK, opened!.Status);
        Assert.Equal(0, await page.Locator("script").CountAsync());

        var total = accounts.Sum(a => a!["balance"]!.GetValue<decimal>());
        await Expect(page.Locator("#networth")).ToHaveAttributeAsync("data-value", total.ToString(CultureInfo.InvariantCulture));
        await Expect(page.Locator("#networth")).ToHaveTextAsync(Dollars(total));
        await Expect(page.Locator("#networth-chart")).ToHaveAttributeAsync("data-points", networth.Count.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(total, networth[^1]!["netWorth"]!.GetValue<decimal>());

        foreach (var account in accounts.Where(a => !(a!["closed"]!.GetValue<bool>() && a["balance"]!.GetValue<decimal>() == 0)))
        {
            var cell = page.Locator($"tr[data-account=\"{account!["id"]}\"] td[data-value]");
            var balance = account["balance"]!.GetValue<decimal>();
            Assert.Equal(balance, decimal.Parse((await cell.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture));
            await Expect(cell).ToHaveTextAsync(Dollars(balance));
            await Expect(page.Locator($"tr[data-account=\"{account["id"]}\"] td").First).ToContainTextAsync(account["name"]!.GetValue<string>());
        }
        foreach (var group in accounts.GroupBy(a => a!["group"]!.GetValue<string>()))
        {
            var cell = page.Locator($"td[data-group=\"{group.Key}\"]");
            Assert.Equal(group.Sum(a => a!["balance"]!.GetValue<decimal>()),
                decimal.Parse((await cell.GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture));
        }

        var ids = await page.Locator("#latest tbody tr").AllAsync();
        var expectedIds = latest.Take(15).Select(t => t!["id"]!.ToJsonString()).ToList();
        Assert.Equal(expectedIds.Count, ids.Count);
        for (var i = 0; i < ids.Count; i++)
        {
            Assert.Equal(expectedIds[i], await ids[i].GetAttributeAsync("data-transaction"));
        }

        await Expect(page.Locator("#session")).ToHaveTextAsync("Logged in");
        await Expect(page.Locator("#sync")).ToHaveAttributeAsync("data-state", (string)sync["state"]!);
        await Expect(page.Locator("#next-action")).ToContainTextAsync("Nothing to do");
    }

    [ChromiumFact]
    public async Task Every_v1_list_has_a_download_link_that_answers_csv()
    {
        await using var chromium = await HeadlessChromium.LaunchAsync(
            driver, World.Service.BaseAddress, RunningService.BasicUser, RunningService.BasicPassword, javaScriptEnabled: false);
        await chromium.Page.GotoAsync(new Uri(World.Service.BaseAddress, "dashboard").AbsoluteUri);
        var links = chromium.Page.Locator("#downloads a");
        var hrefs = new List<string>();
        foreach (var link in await links.AllAsync())
        {
            hrefs.Add((await link.GetAttributeAsync("href"))!);
        }
        foreach (var list in V1OpenApiTests.V1Lists)
        {
            Assert.Contains(hrefs, h => h.StartsWith($"/v1/{list}.csv", StringComparison.Ordinal));
        }
        foreach (var href in hrefs)
        {
            using var response = await World.Service.Client.GetAsync(href.TrimStart('/'));
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{href}: {(int)response.StatusCode}");
            Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        }
    }

    [ChromiumFact]
    public async Task Screenshots_of_the_dashboard_and_login_pages_at_desktop_and_phone_widths_fit_the_screen()
    {
        Directory.CreateDirectory(ScreenshotFolder);
        await using var chromium = await HeadlessChromium.LaunchAsync(
            driver, World.Service.BaseAddress, RunningService.BasicUser, RunningService.BasicPassword);
        var page = chromium.Page;
        foreach (var (screen, width, height) in new[] { ("desktop", 1280, 900), ("phone", 390, 844) })
        foreach (var pageName in new[] { "dashboard", "login" })
        {
            var name = $"{pageName} at {screen} width";
            await page.SetViewportSizeAsync(width, height);
            await page.GotoAsync(new Uri(World.Service.BaseAddress, pageName).AbsoluteUri);
            var path = Path.Combine(ScreenshotFolder, $"{pageName}-{screen}.png");
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
            Assert.True(new FileInfo(path).Length > 5_000, $"{path} looks empty");
            // Nothing wider than the screen: the page never scrolls sideways (wide tables scroll inside their card).
            var overflow = await page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            Assert.True(overflow <= 0, $"{name}: the page is {overflow}px wider than the screen");
        }
    }

    private static string Dollars(decimal amount) =>
        (amount < 0 ? "-$" : "$") + Math.Abs(amount).ToString("#,##0.00", CultureInfo.InvariantCulture);
}
