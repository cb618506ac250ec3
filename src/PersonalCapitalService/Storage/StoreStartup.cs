using System.Data.Common;
using PersonalCapital.Store;

namespace PersonalCapitalService.Storage;

/// <summary>
/// Before the service answers: the schema is created or migrated and the store's state read; a store that cannot
/// be opened stops the start with one sentence. Then, while running, picks up what other processes wrote.
/// </summary>
internal sealed partial class StoreStartup(OwnerStore store, StoreStateCache cache, ILogger<StoreStartup> logger) : BackgroundService
{
    internal static readonly TimeSpan PollInterval = TimeSpan.FromSeconds(5);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await store.InitializeAsync(cancellationToken);
            await cache.RefreshAsync(cancellationToken);
        }
        catch (Exception e) when (e is DbException or ArgumentException or InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            throw new StoreUnavailableException($"The store ({store.Provider}) cannot be opened: {e.Message.TrimEnd('.')}. Check Store__ConnectionString.", e);
        }
        LogOpened(logger, store.Provider, cache.State.CoverageStart, cache.State.CoverageEnd, cache.TransactionCount);
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(PollInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    await cache.RefreshAsync(stoppingToken);
                }
                catch (DbException e)
                {
                    LogRefreshFailed(logger, e.Message);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Store opened ({Provider}): transactions {Start}..{End}, {Count} rows")]
    private static partial void LogOpened(ILogger logger, StoreProvider provider, DateOnly? start, DateOnly? end, int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reading the store's state failed: {Reason}")]
    private static partial void LogRefreshFailed(ILogger logger, string reason);
}

/// <summary>The store cannot be opened or migrated: a start-up failure with one sentence.</summary>
internal sealed class StoreUnavailableException(string message, Exception inner) : InvalidOperationException(message, inner);
