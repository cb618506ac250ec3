using System.Text.Json.Nodes;
using PersonalCapital.Client.Models;
using PersonalCapital.Store;
using PersonalCapital.Store.Model;

namespace PersonalCapitalService.Storage;

/// <summary>
/// The store's bookkeeping as last read, so a request never waits for the database to learn whether the store can
/// answer it or what its ETag is. Refreshed after every local write and, for what other processes write (another
/// instance on PostgreSQL, the <c>sync</c> verb), every few seconds by <see cref="StoreStartup"/>.
/// </summary>
internal sealed class StoreStateCache(IOwnerStore store)
{
    private volatile Snapshot _current = new(new StoreState(null, null, false, -1, null, null, null, null), 0, 0, null);

    public StoreState State => _current.State;

    public int TransactionCount => _current.TransactionCount;

    public int AccountCount => _current.AccountCount;

    /// <summary>The last finished sync run of any instance, from the sync log.</summary>
    public SyncRun? LastRun => _current.LastRun;

    /// <summary>True once a sync stored transactions: from then on the store answers every range it covers.</summary>
    public bool HasData => State.CoverageStart is not null;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetStateAsync(cancellationToken);
        var lastRun = (await store.RecentRunsAsync(5, cancellationToken)).FirstOrDefault(r => r.EndedAt is not null);
        var current = _current;
        if (state.Version < current.State.Version)
        {
            return; // a concurrent refresh already saw newer data: the version never goes back
        }
        if (state.Version == current.State.Version)
        {
            _current = current with { State = state, LastRun = lastRun };
            return;
        }
        var transactions = await store.CountTransactionsAsync(cancellationToken);
        var accounts = await store.GetDocumentAsync(DocumentKinds.Accounts, cancellationToken) is { } document
            ? new AccountList(JsonNode.Parse(document.Body)!.AsObject()).Accounts.Count
            : 0;
        _current = new Snapshot(state, transactions, accounts, lastRun);
    }

    private sealed record Snapshot(StoreState State, int TransactionCount, int AccountCount, SyncRun? LastRun);
}
