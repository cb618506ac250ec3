using System.Runtime.CompilerServices;
using PersonalCapital.Client;
using PersonalCapital.Client.Models;

namespace PersonalCapitalService.OwnerData;

/// <summary>Every read goes to the upstream: <c>Store__Mode=Live</c>, and the read-through for what no sync has covered.</summary>
internal sealed class LiveOwnerData(PersonalCapitalClient client) : IOwnerData
{
    public Task<AccountList> GetAccountsAsync(CancellationToken cancellationToken) => client.GetAccounts2Async(cancellationToken);

    public async IAsyncEnumerable<Transaction> GetTransactionsAsync(
        DateOnly start,
        DateOnly end,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var list = await client.GetTransactionsAsync(start, end, cancellationToken: cancellationToken);
        foreach (var row in list.TakeRows())
        {
            yield return new Transaction(row);
        }
    }

    public Task<IReadOnlyList<Category>> GetCategoriesAsync(CancellationToken cancellationToken) => client.GetCategoriesAsync(cancellationToken);

    public Task<HoldingList> GetHoldingsAsync(CancellationToken cancellationToken) => client.GetHoldingsAsync(cancellationToken: cancellationToken);

    public Task<Histories> GetHistoriesAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken) =>
        client.GetHistoriesAsync(start, end, "DAY", cancellationToken: cancellationToken);

    public Task<Spending> GetSpendingAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken) =>
        client.GetSpendingAsync(start, end, cancellationToken);

    public Task<PerformanceHistories> GetPerformanceAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken) =>
        client.GetPerformanceHistoriesAsync(start, end, cancellationToken: cancellationToken);
}
