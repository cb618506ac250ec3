using PersonalCapitalService.Input;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapital.Client.Models;
using PersonalCapital.Store;
using PersonalCapital.Store.Model;
using PersonalCapitalService.Legacy;
using PersonalCapitalService.Legacy.Transactions;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Storage;

namespace PersonalCapitalService.Sync;

/// <summary>What one call of <see cref="OwnerSync.RunAsync"/> did.</summary>
public enum SyncOutcome
{
    Completed,

    /// <summary>Another sync (in this process or another instance) holds the lock; nothing was done.</summary>
    AlreadyRunning,
}

/// <summary>
/// One sync of the upstream into the store. The first fetches the whole history the upstream gives, one calendar year
/// a call, newest first (recent data is usable first); later ones fetch again the trailing window plus the accounts, holdings,
/// categories and histories. Every chunk commits on its own, so a sync that fails halfway keeps what it stored and the
/// next one continues from there. Never two at once, across instances too (the store's "sync" lock).
/// </summary>
internal sealed partial class OwnerSync(
    PersonalCapitalClient client,
    IOwnerStore store,
    LegacyBodies legacyBodies,
    SyncStatusTracker tracker,
    TimeProvider time,
    IOptions<SyncSettings> settings,
    ILogger<OwnerSync> logger)
{
    private static readonly string Instance = $"{Environment.MachineName}:{Environment.ProcessId}";

    /// <exception cref="PersonalCapital.Client.Transport.UpstreamException">The upstream failed; what was stored stays.</exception>
    public async Task<SyncOutcome> RunAsync(CancellationToken cancellationToken)
    {
        var outcome = await RunLockedAsync(cancellationToken);
        if (outcome == SyncOutcome.Completed)
        {
            // A sync parses whole years of answers; between syncs the process only serves, so give that memory back.
            System.Runtime.GCSettings.LargeObjectHeapCompactionMode = System.Runtime.GCLargeObjectHeapCompactionMode.CompactOnce;
            // (A short blocking pause once per completed sync: measured, the non-blocking kind returned nothing.)
            GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        }
        return outcome;
    }

    private async Task<SyncOutcome> RunLockedAsync(CancellationToken cancellationToken)
    {
        await using var held = await store.TryLockAsync("sync", cancellationToken);
        if (held is null)
        {
            LogAlreadyRunning(logger);
            return SyncOutcome.AlreadyRunning;
        }
        var startedAt = time.GetUtcNow();
        var runId = await store.StartRunAsync(Instance, startedAt, cancellationToken);
        var tally = new SyncTally();
        tracker.Report(new SyncProgress(0, 1, "accounts, holdings and categories"));
        try
        {
            await SyncAsync(tally, cancellationToken);
            var counts = tally.Counts;
            var endedAt = time.GetUtcNow();
            await store.RecordSuccessAsync(endedAt, cancellationToken);
            await store.FinishRunAsync(runId, endedAt, counts, null, cancellationToken);
            await tracker.FinishedAsync();
            LogCompleted(logger, counts.Added, counts.Changed, counts.Removed, (endedAt - startedAt).TotalSeconds);
            return SyncOutcome.Completed;
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            var endedAt = time.GetUtcNow();
            var error = e is PersonalCapital.Client.Transport.UpstreamException or PersonalCapital.Client.Credentials.CredentialException
                ? e.Message
                : $"the sync failed unexpectedly ({e.GetType().Name})";
            await store.RecordFailureAsync(error, endedAt, CancellationToken.None);
            await store.FinishRunAsync(runId, endedAt, tally.Counts, error, CancellationToken.None);
            await tracker.FinishedAsync();
            LogFailed(logger, error);
            throw;
        }
        catch
        {
            await store.FinishRunAsync(runId, time.GetUtcNow(), tally.Counts, "stopped before the end", CancellationToken.None);
            await tracker.FinishedAsync();
            throw;
        }
    }

    /// <summary>What a run has changed so far: a run that fails half-way still logs what its committed chunks did.</summary>
    private sealed class SyncTally
    {
        public ChangeCounts Counts { get; private set; }

        public void Add(ChangeCounts counts) => Counts += counts;
    }

    private async Task SyncAsync(SyncTally tally, CancellationToken cancellationToken)
    {
        var state = await store.GetStateAsync(cancellationToken);
        var today = time.LocalToday();
        var syncedAt = time.GetUtcNow();

        var renderer = await SyncCategoriesAsync(state, syncedAt, cancellationToken);
        var accounts = await SyncAccountsAndHoldingsAsync(syncedAt, cancellationToken);

        // Recent first: the window, or on the first sync this calendar year; never a gap after a long pause.
        var recentStart = state.CoverageStart is null ? new DateOnly(today.Year, 1, 1) : today.AddDays(-settings.Value.Window);
        if (state.CoverageEnd is { } coveredTo && coveredTo < recentStart)
        {
            recentStart = coveredTo;
        }
        var earliest = EarliestTransactionDate(accounts);
        var steps = 1 + (state.HistoryComplete || earliest is not { } first || first >= recentStart ? 0 : recentStart.AddDays(-1).Year - first.Year + 1);
        var rows = await SyncRangeAsync(recentStart, today, renderer, tally, cancellationToken);
        Progress(1, steps, recentStart, today, rows);

        if (!state.HistoryComplete)
        {
            // Then one calendar year a call, going back until the oldest date any account reports.
            var end = ((await store.GetStateAsync(cancellationToken)).CoverageStart ?? recentStart).AddDays(-1);
            for (var step = 2; (earliest is null || end >= earliest) && today.Year - end.Year < settings.Value.MaxYears; step++)
            {
                var start = new DateOnly(end.Year, 1, 1);
                var count = await SyncRangeAsync(start, end, renderer, tally, cancellationToken);
                steps = Math.Max(steps, step);
                Progress(step, steps, start, end, count);
                // With no account saying how far back it goes, the first empty year ends the history.
                if (earliest is null && count == 0)
                {
                    break;
                }
                end = start.AddDays(-1);
            }
            await store.MarkHistoryCompleteAsync(cancellationToken);
        }
    }

    /// <summary>Stores the categories; when they changed, every stored row's legacy texts are worked out again.</summary>
    private async Task<LegacyRowRenderer> SyncCategoriesAsync(StoreState state, DateTimeOffset syncedAt, CancellationToken cancellationToken)
    {
        var categories = await client.GetCategoriesAsync(cancellationToken);
        var body = new JsonArray([.. categories.Select(c => c.Json.DeepClone())]).ToJsonString(LegacyJson.Options);
        var renderer = LegacyRowRenderer.For(categories.Select(c => c.Json));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body)));
        if (state.CategoriesHash != hash)
        {
            await store.RenderAgainAsync(renderer.Render, hash, cancellationToken);
        }
        await store.PutDocumentsAsync([(DocumentKinds.Categories, body)], syncedAt, cancellationToken);
        return renderer;
    }

    /// <summary>The latest accounts and holdings answers, and the legacy bodies built from them (once per sync, not per request).</summary>
    private async Task<AccountList> SyncAccountsAndHoldingsAsync(DateTimeOffset syncedAt, CancellationToken cancellationToken)
    {
        var accounts = await client.GetAccounts2Async(cancellationToken);
        var holdings = await client.GetHoldingsAsync(cancellationToken: cancellationToken);
        var legacyAccounts = await legacyBodies.AccountsAsync(cancellationToken);
        var legacyHoldings = await legacyBodies.HoldingsAsync(holdings, accounts, cancellationToken);
        var legacyClassifications = await legacyBodies.ClassificationsAsync(cancellationToken);
        await store.PutDocumentsAsync(
        [
            (DocumentKinds.Accounts, accounts.Json.ToJsonString(LegacyJson.Options)),
            (DocumentKinds.Holdings, holdings.Json.ToJsonString(LegacyJson.Options)),
            (LegacyBodies.AccountsKind, legacyAccounts.ToJsonString(LegacyJson.Options)),
            (LegacyBodies.HoldingsKind, legacyHoldings.ToJsonString(LegacyJson.Options)),
            (LegacyBodies.ClassificationsKind, legacyClassifications.ToJsonString(LegacyJson.Options)),
        ], syncedAt, cancellationToken);
        return accounts;
    }

    /// <summary>Transactions and daily histories of one range, each committed on its own; the number of rows.</summary>
    private async Task<int> SyncRangeAsync(DateOnly start, DateOnly end, LegacyRowRenderer renderer, SyncTally tally, CancellationToken cancellationToken)
    {
        var list = await client.GetTransactionsAsync(start, end, cancellationToken: cancellationToken);
        var rows = StoredRows.From(list.TakeRows(), start, end, renderer);
        var histories = await client.GetHistoriesAsync(start, end, "DAY", cancellationToken: cancellationToken);
        // Histories first: the transactions' write is what moves the coverage, so a failure before it redoes the range.
        await store.PutHistoryAsync(StoredRows.HistoryDays(histories, start, end), cancellationToken);
        tally.Add(await store.ReplaceTransactionsAsync(start, end, rows, cancellationToken));
        return rows.Count;
    }

    private void Progress(int step, int steps, DateOnly start, DateOnly end, int rows)
    {
        var label = start.Year == end.Year ? end.Year.ToString(CultureInfo.InvariantCulture) : $"{start:yyyy-MM-dd}..{end:yyyy-MM-dd}";
        var message = $"{label}: {rows.ToString("N0", CultureInfo.InvariantCulture)} transactions, {step} of {steps} years";
        tracker.Report(new SyncProgress(step, steps, message));
        LogProgress(logger, message);
    }

    /// <summary>The oldest <c>oldestTransactionDate</c> of the accounts: how far back the upstream has anything.</summary>
    private static DateOnly? EarliestTransactionDate(AccountList accounts) =>
        accounts.Accounts
            .Select(a => DateOnly.TryParseExact(a.Json["oldestTransactionDate"]?.GetValueKind() == System.Text.Json.JsonValueKind.String
                ? a.Json["oldestTransactionDate"]!.GetValue<string>() : null, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null)
            .Where(d => d is not null)
            .Min();

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync: {Message}")]
    private static partial void LogProgress(ILogger logger, string message);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync completed: {Added} added, {Changed} changed, {Removed} removed in {Seconds:0.0} s")]
    private static partial void LogCompleted(ILogger logger, int added, int changed, int removed, double seconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sync failed, what was stored stays: {Reason}")]
    private static partial void LogFailed(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Sync skipped: another sync is running")]
    private static partial void LogAlreadyRunning(ILogger logger);
}
