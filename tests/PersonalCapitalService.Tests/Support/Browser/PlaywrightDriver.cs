using Microsoft.Playwright;

namespace PersonalCapitalService.Tests.Support.Browser;

/// <summary>
/// Playwright's driver process, started on first use and shared by the browser tests of one class (a class fixture):
/// starting it costs seconds, while each test still gets its own browser and profile. Never started when every
/// browser test is skipped.
/// </summary>
public sealed class PlaywrightDriver : IAsyncLifetime
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private IPlaywright? _playwright;

    internal async Task<IPlaywright> GetAsync()
    {
        await _gate.WaitAsync();
        try
        {
            return _playwright ??= await Playwright.CreateAsync();
        }
        finally
        {
            _gate.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public Task DisposeAsync()
    {
        _playwright?.Dispose();
        _gate.Dispose();
        return Task.CompletedTask;
    }
}
