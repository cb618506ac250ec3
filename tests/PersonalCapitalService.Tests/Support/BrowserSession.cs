using Microsoft.Extensions.Logging.Abstractions;
using PersonalCapital.Client.Session;
using PersonalCapital.Sandbox;

namespace PersonalCapitalService.Tests.Support;

/// <summary>
/// The demo user signed in somewhere else, as a browser tab would be: its session as the Cookie header the browser's
/// developer tools show, the cookie values (to look for in logs) and its csrf.
/// </summary>
internal sealed record BrowserSession(string CookieHeader, IReadOnlyList<string> Values, string Csrf)
{
    public static async Task<BrowserSession> SignInAsync(SandboxServer sandbox, TemporaryFolder folder)
    {
        var file = folder.File("browser-session.json");
        await using (var elsewhere = await RunningService.StartAsync(sandbox, new Dictionary<string, string?> { ["PersonalCapital:SessionFile"] = file }))
        {
            await elsewhere.LogInAsync();
        }
        var saved = await new SessionFileStore(file, null, TimeProvider.System, NullLogger<SessionFileStore>.Instance).LoadAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("The sign-in elsewhere saved no session.");
        return new BrowserSession(
            string.Join("; ", saved.Cookies.Select(c => $"{c.Name}={c.Value}")),
            [.. saved.Cookies.Select(c => c.Value)],
            saved.Csrf ?? throw new InvalidOperationException("The sign-in elsewhere saved no csrf."));
    }
}
