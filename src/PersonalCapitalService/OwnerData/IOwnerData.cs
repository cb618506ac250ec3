using PersonalCapital.Client.Models;

namespace PersonalCapitalService.OwnerData;

/// <summary>
/// What the v1 resources and the integrations read: the owner's data as the client's typed models over the upstream
/// objects. Served from the local store once a sync has covered the request, else read live from the upstream
/// (<c>Store__Mode=Live</c> always reads live). Upstream trouble surfaces as <c>UpstreamException</c>, which the
/// routes' <c>UpstreamProblemFilter</c> turns into a problem response.
/// </summary>
public interface IOwnerData
{
    /// <summary>The latest <c>getAccounts2</c> answer: totals and every account.</summary>
    Task<AccountList> GetAccountsAsync(CancellationToken cancellationToken);

    /// <summary>Every transaction dated <paramref name="start"/>..<paramref name="end"/> (inclusive), newest first.</summary>
    IAsyncEnumerable<Transaction> GetTransactionsAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken);

    /// <summary>The latest <c>getCategories</c> answer.</summary>
    Task<IReadOnlyList<Category>> GetCategoriesAsync(CancellationToken cancellationToken);

    /// <summary>The latest <c>getHoldings</c> answer (every account).</summary>
    Task<HoldingList> GetHoldingsAsync(CancellationToken cancellationToken);

    /// <summary>Daily net worth and per-account balances for the range (<c>getHistories</c>, interval DAY).</summary>
    Task<Histories> GetHistoriesAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken);

    /// <summary>The <c>getUserSpending</c> answer for the range.</summary>
    Task<Spending> GetSpendingAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken);

    /// <summary>The <c>getPerformanceHistories</c> answer for the range (every account, with a benchmark).</summary>
    Task<PerformanceHistories> GetPerformanceAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken);
}
