using Microsoft.Playwright;

namespace PersonalCapitalService.Tests.Support.Browser;

/// <summary>
/// Debian's Chromium, headless, driven by Playwright, with a fresh profile in a temp folder and HTTP Basic credentials
/// for one origin. Playwright's own browser download is never used (it needs the internet): the system Chromium is
/// launched with the flags that keep it from calling home, which would stall it on a machine without a network.
/// Disposing closes the browser and deletes the profile, whatever happened before (the driver is the fixture's).
/// </summary>
internal sealed class HeadlessChromium : IAsyncDisposable
{
    private static readonly string[] Flags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly IBrowserContext _context;
    private readonly string _profile;

    private HeadlessChromium(IBrowserContext context, string profile, IPage page)
    {
        _context = context;
        _profile = profile;
        Page = page;
    }

    public IPage Page { get; }

    /// <param name="driver">The shared Playwright driver.</param>
    /// <param name="origin">The only origin that gets the credentials.</param>
    /// <param name="javaScriptEnabled">False runs the page with scripting switched off, as a browser without JavaScript.</param>
    public static async Task<HeadlessChromium> LaunchAsync(PlaywrightDriver driver, Uri origin, string user, string password, bool javaScriptEnabled = true)
    {
        if (!File.Exists(ChromiumFactAttribute.ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ChromiumFactAttribute.RequireVariable}=1 but there is no browser at {ChromiumFactAttribute.ExecutablePath}: install Debian's chromium package.");
        }
        var profile = Directory.CreateTempSubdirectory("pcs-chromium-").FullName;
        IBrowserContext? context = null;
        try
        {
            var playwright = await driver.GetAsync();
            context = await playwright.Chromium.LaunchPersistentContextAsync(profile, new BrowserTypeLaunchPersistentContextOptions
            {
                ExecutablePath = ChromiumFactAttribute.ExecutablePath,
                Headless = true,
                Args = Flags,
                Timeout = 30_000,
                JavaScriptEnabled = javaScriptEnabled,
                HttpCredentials = new HttpCredentials
                {
                    Username = user,
                    Password = password,
                    Origin = origin.GetLeftPart(UriPartial.Authority),
                },
            });
            context.SetDefaultTimeout(10_000);
            var page = context.Pages.Count > 0 ? context.Pages[0] : await context.NewPageAsync();
            return new HeadlessChromium(context, profile, page);
        }
        catch
        {
            try
            {
                if (context is not null)
                {
                    await context.CloseAsync();
                }
            }
            finally
            {
                DeleteProfile(profile);
            }
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _context.CloseAsync();
        }
        finally
        {
            DeleteProfile(_profile);
        }
    }

    /// <summary>Chromium's helper processes may still be writing for a moment after the browser closed.</summary>
    private static void DeleteProfile(string profile)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                if (Directory.Exists(profile))
                {
                    Directory.Delete(profile, recursive: true);
                }
                return;
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }
}
