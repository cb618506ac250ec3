using PersonalCapital.Sandbox.Data.Endpoints;
using PersonalCapital.Sandbox.Protocol;

namespace PersonalCapital.Sandbox.Data;

/// <summary>
/// The data endpoints of the emulated upstream: from an upstream path (without the "/api/" prefix) and the request's
/// form fields to the <c>spData</c> to send. Stateless over an immutable dataset (plus this sandbox's
/// <see cref="Edits"/>), so it is safe to call concurrently.
/// </summary>
public sealed class DataApi
{
    // The one list of data paths: Paths and Handle both read it, so a path cannot be listed without a handler.
    private static readonly Dictionary<string, Func<DataApi, FormValues, DataResult>> Handlers = new(StringComparer.Ordinal)
    {
        ["newaccount/getAccounts"] = (api, _) => DataResult.Ok(AccountsEndpoint.Detailed(api._data)),
        ["newaccount/getAccounts2"] = (api, _) => DataResult.Ok(AccountsEndpoint.Detailed(api._data)),
        ["transaction/getUserTransactions"] = (api, form) => TransactionsEndpoint.Handle(api._data, api.Edits, form, api._pageTransactions),
        ["transactioncategory/getCategories"] = (api, _) => DataResult.Ok(ReferenceListsEndpoint.Categories(api._data)),
        ["transactiontag/getTags"] = (api, _) => DataResult.Ok(ReferenceListsEndpoint.Tags(api._data)),
        ["invest/getHoldings"] = (api, form) => HoldingsEndpoint.Handle(api._data, form),
        ["invest/getAssetClassification"] = (api, form) => AssetClassificationEndpoint.Handle(api._data, form),
        ["account/getHistories"] = (api, form) => HistoriesEndpoint.Handle(api._data, form),
        ["account/getUserSpending"] = (api, form) => UserSpendingEndpoint.Handle(api._data, form),
        ["account/getPerformanceHistories"] = (api, form) => PerformanceHistoriesEndpoint.Handle(api._data, form),
        ["invest/getQuotes"] = (api, form) => QuotesEndpoint.Handle(api._data, form),
    };

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
    public static IReadOnlyCollection<string> Paths => Handlers.Keys;

    public DemoDataset Data => _data;

    /// <summary>This sandbox's changes to the transactions (control routes).</summary>
    public TransactionEdits Edits { get; } = new();

    /// <exception cref="ArgumentException"><paramref name="path"/> is not one of <see cref="Paths"/>.</exception>
    public DataResult Handle(string path, FormValues form)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(form);
        if (!Handlers.TryGetValue(path, out var handler))
        {
            throw new ArgumentException($"'{path}' is not a data path; see {nameof(DataApi)}.{nameof(Paths)}.", nameof(path));
        }
        return handler(this, form);
    }
}
