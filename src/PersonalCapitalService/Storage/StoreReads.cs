using Microsoft.Extensions.Options;
using PersonalCapital.Store;

namespace PersonalCapitalService.Storage;

/// <summary>Whether a request is answered from the store: <c>Store__Mode=Sync</c> and a sync has stored data.</summary>
internal sealed class StoreReads(IOptions<StoreOptions> options, StoreStateCache cache)
{
    public bool Enabled => options.Value.Mode == StoreMode.Sync;

    public bool HasData => Enabled && cache.HasData;
}
