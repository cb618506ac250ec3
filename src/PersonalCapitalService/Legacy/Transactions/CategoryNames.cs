using System.Text.Json.Nodes;
using PersonalCapital.Client;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// Category names by id, cached (the original loaded them once at login) but refreshed every few minutes, and sooner
/// when a transaction names an id the cache does not know, so new categories show up.
/// </summary>
internal sealed class CategoryNames(PersonalCapitalClient client, TimeProvider time) : IDisposable
{
    private static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(10);
    private static readonly TimeSpan UnknownIdRefreshAfter = TimeSpan.FromMinutes(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<long, string?>? _names;
    private DateTimeOffset _fetchedAt;

    public async Task<IReadOnlyDictionary<long, string?>> ForAsync(IReadOnlyList<JsonObject> transactions, CancellationToken cancellationToken)
    {
        var cached = _names;
        if (cached is not null && !IsStale(cached, transactions))
        {
            return cached;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_names is null || IsStale(_names, transactions))
            {
                var categories = await client.GetCategoriesAsync(cancellationToken);
                _names = TransactionCategoryNames.BuildLookup(categories.Select(c => c.Json));
                _fetchedAt = time.GetUtcNow();
            }
            return _names;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();

    private bool IsStale(IReadOnlyDictionary<long, string?> names, IReadOnlyList<JsonObject> transactions)
    {
        var age = time.GetUtcNow() - _fetchedAt;
        return age > MaxAge
            || (age > UnknownIdRefreshAfter && transactions.Any(t =>
                UpstreamJsonValues.TryGetInt64(t["categoryId"], out var id) && !names.ContainsKey(id)));
    }
}
