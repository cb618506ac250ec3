using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Accounts;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Holdings;

/// <summary>
/// Fills a holding's missing ticker the way the original did: plan-only funds come without one, and the
/// asset classification call names it, or nothing, which the original reported as cash.
/// </summary>
internal static class HoldingTickers
{
    public const string CashTicker = "CASH";

    /// <summary>The upstream keys of the asset, read before any cleanup so the lookup gets the ids as the upstream sent them.</summary>
    public static (string? SourceAssetId, long? UserAccountId) LookupKeyOf(JsonObject holding)
    {
        var sourceAssetId = UpstreamJsonValues.GetString(holding["sourceAssetId"]);
        long? userAccountId = UpstreamJsonValues.TryGetInt64(holding["userAccountId"], out var id) ? id : null;
        return (sourceAssetId, userAccountId);
    }

    /// <summary>
    /// Missing means absent, null or "". Any other value, including a non-string, is kept. A symbol the
    /// lookup returns is used as given (cleaned), even an empty one; only "no symbol" (null) becomes CASH.
    /// </summary>
    public static async Task BackFillAsync(
        JsonObject holding,
        (string? SourceAssetId, long? UserAccountId) lookupKey,
        Func<string?, long?, CancellationToken, Task<string?>> lookupTicker,
        CancellationToken cancellationToken)
    {
        var ticker = holding["ticker"];
        if (ticker is not null && UpstreamJsonValues.GetString(ticker) is not "")
        {
            return;
        }

        var symbol = await lookupTicker(lookupKey.SourceAssetId, lookupKey.UserAccountId, cancellationToken);
        holding["ticker"] = symbol is null ? CashTicker : LegacyTextCleanup.Clean(symbol);
    }
}
