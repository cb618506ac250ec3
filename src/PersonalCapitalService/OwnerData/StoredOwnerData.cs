using System.Runtime.CompilerServices;
using System.Text.Json.Nodes;
using PersonalCapital.Client.Models;
using PersonalCapital.Client.Transport;
using PersonalCapital.Store;
using PersonalCapital.Store.Model;
using PersonalCapitalService.Input;
using PersonalCapitalService.Legacy;
using PersonalCapitalService.Legacy.Transactions;
using PersonalCapitalService.Storage;

namespace PersonalCapitalService.OwnerData;

/// <summary>
/// <see cref="IOwnerData"/> from the store once a sync has stored data; what no sync covers is read live
/// (<see cref="LiveOwnerData"/>). Reports for arbitrary ranges (spending, performance) are read live and kept, so the
/// last answer for a range is still shown when the upstream is down.
/// </summary>
internal sealed class StoredOwnerData(
    IOwnerStore store,
    StoreReads reads,
    StoreStateCache cache,
    StoredDocuments documents,
    LegacyTransactionSource transactions,
    LiveOwnerData live,
    TimeProvider time) : IOwnerData
{
    public async Task<AccountList> GetAccountsAsync(CancellationToken cancellationToken) =>
        await StoredObjectAsync(DocumentKinds.Accounts, cancellationToken) is { } json ? new AccountList(json) : await live.GetAccountsAsync(cancellationToken);

    public async IAsyncEnumerable<Transaction> GetTransactionsAsync(DateOnly start, DateOnly end, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var rows = await transactions.RowsAsync(new DateRange(start, end), TransactionText.Upstream, cancellationToken);
        await foreach (var row in rows.WithCancellation(cancellationToken))
        {
            yield return new Transaction(JsonNode.Parse(row)!.AsObject());
        }
    }

    public async Task<IReadOnlyList<Category>> GetCategoriesAsync(CancellationToken cancellationToken) =>
        reads.HasData && await documents.GetAsync(DocumentKinds.Categories, cancellationToken) is { } body
            ? [.. JsonNode.Parse(body)!.AsArray().OfType<JsonObject>().Select(o => new Category(o))]
            : await live.GetCategoriesAsync(cancellationToken);

    public async Task<HoldingList> GetHoldingsAsync(CancellationToken cancellationToken) =>
        await StoredObjectAsync(DocumentKinds.Holdings, cancellationToken) is { } json ? new HoldingList(json) : await live.GetHoldingsAsync(cancellationToken);

    public async Task<Histories> GetHistoriesAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        // Histories are stored with the transactions of each synced range: what lies before the coverage is read live.
        if (!reads.HasData || cache.State.CoverageStart is not { } covered || start < covered)
        {
            return await live.GetHistoriesAsync(start, end, cancellationToken);
        }
        var days = await store.ReadHistoryAsync(start, end, cancellationToken);
        var networth = new JsonArray();
        var balances = new JsonArray();
        foreach (var day in days)
        {
            if (day.Networth is not null)
            {
                networth.Add(JsonNode.Parse(day.Networth));
            }
            if (day.Balances is not null)
            {
                balances.Add(JsonNode.Parse(day.Balances));
            }
        }
        return new Histories(new JsonObject { ["intervalType"] = "DAY", ["histories"] = balances, ["networthHistories"] = networth });
    }

    public async Task<Spending> GetSpendingAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken) =>
        new(await ReportAsync("getUserSpending", start, end, async ct => (await live.GetSpendingAsync(start, end, ct)).Json, cancellationToken));

    public async Task<PerformanceHistories> GetPerformanceAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken) =>
        new(await ReportAsync("getPerformanceHistories", start, end, async ct => (await live.GetPerformanceAsync(start, end, ct)).Json, cancellationToken));

    private async Task<JsonObject?> StoredObjectAsync(string kind, CancellationToken cancellationToken) =>
        reads.HasData && await documents.GetAsync(kind, cancellationToken) is { } body ? JsonNode.Parse(body)!.AsObject() : null;

    private async Task<JsonObject> ReportAsync(string name, DateOnly start, DateOnly end, Func<CancellationToken, Task<JsonObject>> fetch, CancellationToken cancellationToken)
    {
        var kind = DocumentKinds.Report(name, start, end);
        try
        {
            var answer = await fetch(cancellationToken);
            if (reads.Enabled)
            {
                await store.PutDocumentsAsync([(kind, answer.ToJsonString(LegacyJson.Options))], time.GetUtcNow(), cancellationToken, changesVersion: false);
            }
            return answer;
        }
        catch (UpstreamException) when (reads.Enabled)
        {
            if (await store.GetDocumentAsync(kind, cancellationToken) is { } kept)
            {
                return JsonNode.Parse(kept.Body)!.AsObject();
            }
            throw;
        }
    }
}
