using System.Text.Json.Nodes;
using PersonalCapital.Client;
using PersonalCapital.Store;
using PersonalCapital.Store.Model;
using PersonalCapitalService.Input;
using Microsoft.Extensions.Options;
using PersonalCapitalService.Storage;
using PersonalCapitalService.Sync;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// Where the <c>/trans</c> routes get their rows, already rendered the legacy way. From the store once a sync has
/// stored data (a range older than the coverage is fetched live once and added to it); before that, or with
/// <c>Store__Mode=Live</c>, from the upstream, identical concurrent ranges sharing one call.
/// </summary>
internal sealed class LegacyTransactionSource(
    PersonalCapitalClient client,
    IOwnerStore store,
    StoreReads reads,
    StoreStateCache cache,
    LegacyRenderers renderers,
    IOptions<SyncSettings> sync,
    TimeProvider time)
{
    private readonly SingleFlight<DateRange, IReadOnlyList<StoredTransaction>> _live = new();
    private readonly SingleFlight<bool, bool> _readThrough = new();

    public async Task<IAsyncEnumerable<string>> RowsAsync(DateRange range, TransactionText text, CancellationToken cancellationToken)
    {
        if (reads.HasData)
        {
            // Nothing is older than the sync's limit; a request for year 1 must not make the store claim it.
            var oldest = time.LocalToday().AddYears(-sync.Value.MaxYears);
            await EnsureCoveredAsync(range.Start < oldest ? oldest : range.Start, cancellationToken);
            return store.ReadTransactionsAsync(range.Start, range.End, text, cancellationToken);
        }
        var rows = await FetchAsync(range, cancellationToken);
        return rows.Select(r => text == TransactionText.LegacyClean ? r.LegacyClean : r.LegacyFull).ToAsyncEnumerable();
    }

    /// <summary>Every row of the range from the upstream, rendered with the categories the store (or the upstream) has.</summary>
    public Task<IReadOnlyList<StoredTransaction>> FetchAsync(DateRange range, CancellationToken cancellationToken) =>
        _live.RunAsync(range, async () =>
        {
            var list = await client.GetTransactionsAsync(range.Start, range.End, cancellationToken: CancellationToken.None);
            var rows = list.TakeRows();
            var renderer = await renderers.ForAsync(rows, CancellationToken.None);
            return StoredRows.From(rows, range.Start, range.End, renderer);
        }, cancellationToken);

    /// <summary>Adds the days before the coverage to the store, one read-through at a time.</summary>
    private async Task EnsureCoveredAsync(DateOnly start, CancellationToken cancellationToken)
    {
        while (cache.State.CoverageStart is { } covered && start < covered)
        {
            await _readThrough.RunAsync(true, async () =>
            {
                if (cache.State.CoverageStart is { } from && start < from)
                {
                    var older = new DateRange(start, from.AddDays(-1));
                    var rows = await FetchAsync(older, CancellationToken.None);
                    // Histories first: the transactions' write is what moves the coverage, so it comes last.
                    var histories = await client.GetHistoriesAsync(older.Start, older.End, "DAY", cancellationToken: CancellationToken.None);
                    await store.PutHistoryAsync(StoredRows.HistoryDays(histories, older.Start, older.End), CancellationToken.None);
                    await store.ReplaceTransactionsAsync(older.Start, older.End, rows, CancellationToken.None);
                    await cache.RefreshAsync(CancellationToken.None);
                }
                return true;
            }, cancellationToken);
        }
    }
}

/// <summary>The legacy row renderer for the current categories: the stored ones once synced, else the upstream's (cached).</summary>
internal sealed class LegacyRenderers(StoredDocuments documents, StoreReads reads, CategoryNames liveNames)
{
    private volatile StoredRenderer? _stored;

    public async Task<LegacyRowRenderer> ForAsync(IReadOnlyList<JsonObject> rows, CancellationToken cancellationToken)
    {
        if (reads.HasData && await documents.GetAsync(DocumentKinds.Categories, cancellationToken) is { } body)
        {
            var current = _stored;
            if (current is null || !ReferenceEquals(current.Body, body))
            {
                var categories = JsonNode.Parse(body)!.AsArray().OfType<JsonObject>();
                current = new StoredRenderer(body, LegacyRowRenderer.For(categories));
                _stored = current;
            }
            return current.Renderer;
        }
        return new LegacyRowRenderer(await liveNames.ForAsync(rows, cancellationToken));
    }

    private sealed record StoredRenderer(byte[] Body, LegacyRowRenderer Renderer);
}
