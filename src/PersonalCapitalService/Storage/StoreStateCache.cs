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
    private volatile Snapshot _current = new(new StoreState(null, null, false, -1, null, null, null, null), 0, 0);

    public StoreState State => _current.State;

    public int TransactionCount => _current.TransactionCount;

    public int AccountCount => _current.AccountCount;

    /// <summary>True once a sync stored transactions: from then on the store answers every range it covers.</summary>
    public bool HasData => State.CoverageStart is not null;

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        var state = await store.GetStateAsync(cancellationToken);
        var current = _current;
        if (state.Version == current.State.Version)
        {
            _current = current with { State = state };
            return;
        }
        var transactions = await store.CountTransactionsAsync(cancellationToken);
        var accounts = await store.GetDocumentAsync(DocumentKinds.Accounts, cancellationToken) is { } document
            ? new AccountList(JsonNode.Parse(document.Body)!.AsObject()).Accounts.Count
            : 0;
        _current = new Snapshot(state, transactions, accounts);
    }

    private sealed record Snapshot(StoreState State, int TransactionCount, int AccountCount);
}
