using System.Collections.Concurrent;
using System.Text;
using PersonalCapital.Store;

namespace PersonalCapitalService.Storage;

/// <summary>Stored documents as UTF-8 bytes, read from the database once per store version, not once per request.</summary>
internal sealed class StoredDocuments(IOwnerStore store, StoreStateCache cache)
{
    private readonly ConcurrentDictionary<string, (long Version, byte[]? Body)> _cache = new(StringComparer.Ordinal);

    /// <summary>The document's body, or null when no sync has stored it.</summary>
    public async ValueTask<byte[]?> GetAsync(string kind, CancellationToken cancellationToken)
    {
        var version = cache.State.Version;
        if (_cache.TryGetValue(kind, out var cached) && cached.Version == version)
        {
            return cached.Body;
        }
        var document = await store.GetDocumentAsync(kind, cancellationToken);
        var body = document is null ? null : Encoding.UTF8.GetBytes(document.Body);
        _cache[kind] = (version, body);
        return body;
    }
}
