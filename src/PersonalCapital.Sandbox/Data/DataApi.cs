using PersonalCapital.Sandbox.Data.Endpoints;
using PersonalCapital.Sandbox.Protocol;

namespace PersonalCapital.Sandbox.Data;

/// <summary>
/// The data endpoints of the emulated upstream: from an upstream path (without the "/api/" prefix) and the request's
/// form fields to the <c>spData</c> to send. Stateless over an immutable dataset, so it is safe to call concurrently.
/// </summary>
public sealed class DataApi
{
    private static readonly string[] PathList =
    [
        "newaccount/getAccounts",
        "newaccount/getAccounts2",
        "transaction/getUserTransactions",
        "transactioncategory/getCategories",
        "transactiontag/getTags",
        "invest/getHoldings",
        "invest/getAssetClassification",
        "account/getHistories",
        "account/getUserSpending",
        "account/getPerformanceHistories",
        "invest/getQuotes",
    ];

    private readonly DemoDataset _data;
    private readonly bool _pageTransactions;

    /// <param name="data">The demo data to serve.</param>
    /// <param name="pageTransactions">
    /// Whether getUserTransactions honours <c>page</c>/<c>rows_per_page</c> (when rows_per_page &gt; 0). Whether the real
    /// upstream pages is uncertain, so the sandbox can run both ways.
    /// </param>
    public DataApi(DemoDataset data, bool pageTransactions)
    {
        ArgumentNullException.ThrowIfNull(data);
        _data = data;
        _pageTransactions = pageTransactions;
    }

    /// <summary>Every path <see cref="Handle"/> serves.</summary>
    public static IReadOnlyCollection<string> Paths => PathList;

    public DemoDataset Data => _data;

    /// <exception cref="ArgumentException"><paramref name="path"/> is not one of <see cref="Paths"/>.</exception>
    public DataResult Handle(string path, FormValues form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return path switch
        {
            "newaccount/getAccounts" => DataResult.Ok(AccountsEndpoint.Detailed(_data)),
            "newaccount/getAccounts2" => DataResult.Ok(AccountsEndpoint.Detailed(_data)),
            "transaction/getUserTransactions" => TransactionsEndpoint.Handle(_data, form, _pageTransactions),
            "transactioncategory/getCategories" => DataResult.Ok(ReferenceListsEndpoint.Categories(_data)),
            "transactiontag/getTags" => DataResult.Ok(ReferenceListsEndpoint.Tags(_data)),
            "invest/getHoldings" => HoldingsEndpoint.Handle(_data, form),
            "invest/getAssetClassification" => AssetClassificationEndpoint.Handle(_data, form),
            "account/getHistories" => HistoriesEndpoint.Handle(_data, form),
            "account/getUserSpending" => UserSpendingEndpoint.Handle(_data, form),
            "account/getPerformanceHistories" => PerformanceHistoriesEndpoint.Handle(_data, form),
            "invest/getQuotes" => QuotesEndpoint.Handle(_data, form),
            _ => throw new ArgumentException($"'{path}' is not a data path; see {nameof(DataApi)}.{nameof(Paths)}.", nameof(path)),
        };
    }
}
