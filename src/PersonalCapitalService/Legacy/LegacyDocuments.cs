using System.Text.Json;
using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Transactions;
using PersonalCapitalService.Storage;

namespace PersonalCapitalService.Legacy;

/// <summary>
/// <c>/accounts</c>, <c>/holdings</c> and <c>/holdings/classifications</c>: the body the last sync built, as stored
/// bytes; before the first sync (or with <c>Store__Mode=Live</c>) built from the upstream, identical concurrent
/// requests sharing one build.
/// </summary>
internal sealed class LegacyDocuments(StoredDocuments documents, StoreReads reads, LegacyBodies bodies)
{
    private readonly SingleFlight<string, byte[]> _live = new();

    public async Task<JsonBytesResult> AccountsAsync(CancellationToken cancellationToken) =>
        await ServeAsync(LegacyBodies.AccountsKind, bodies.AccountsAsync, cancellationToken);

    public async Task<JsonBytesResult> HoldingsAsync(CancellationToken cancellationToken) =>
        await ServeAsync(LegacyBodies.HoldingsKind, bodies.HoldingsAsync, cancellationToken);

    public async Task<JsonBytesResult> ClassificationsAsync(CancellationToken cancellationToken) =>
        await ServeAsync(LegacyBodies.ClassificationsKind, bodies.ClassificationsAsync, cancellationToken);

    private async Task<JsonBytesResult> ServeAsync(string kind, Func<CancellationToken, Task<JsonObject>> build, CancellationToken cancellationToken)
    {
        if (reads.HasData && await documents.GetAsync(kind, cancellationToken) is { } stored)
        {
            return new JsonBytesResult(stored);
        }
        var body = await _live.RunAsync(kind, async () => JsonSerializer.SerializeToUtf8Bytes(await build(CancellationToken.None), LegacyJson.Options),
            cancellationToken);
        return new JsonBytesResult(body);
    }
}
