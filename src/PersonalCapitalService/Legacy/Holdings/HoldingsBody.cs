using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Accounts;

namespace PersonalCapitalService.Legacy.Holdings;

/// <summary>The <c>/holdings</c> body, built from the <c>getHoldings</c> and <c>getAccounts2</c> spData.</summary>
public static class HoldingsBody
{
    private static readonly HashSet<string> DroppedTopLevelKeys = new(StringComparer.Ordinal) { "classifications", "holdingsTotalValue" };

    /// <summary>
    /// A copy of the holdings spData without <c>classifications</c> and <c>holdingsTotalValue</c> (other
    /// top-level keys stay, untouched). Every string value in <c>holdings</c>, at any depth, is cleaned
    /// (en dash → "-", ® removed); then each holding, in order, gets its ticker back-filled through
    /// <paramref name="lookupTicker"/> when missing or empty (null answer → <c>CASH</c>), loses the ignore-list
    /// keys, and gets <c>accountType</c>. The inputs are not modified. A missing or malformed <c>holdings</c>
    /// becomes <c>[]</c>; entries that are not objects are only cleaned.
    /// </summary>
    /// <param name="lookupTicker">
    /// (sourceAssetId, userAccountId, cancellation) → <c>spData.portfolioComponents[0].symbol</c> of
    /// <c>invest/getAssetClassification</c>, or null. Called one holding at a time, in order; its exceptions
    /// propagate.
    /// </param>
    public static async Task<JsonObject> BuildAsync(
        JsonNode? holdingsSpData,
        JsonNode? accounts2SpData,
        Func<string?, long?, CancellationToken, Task<string?>> lookupTicker,
        CancellationToken cancellationToken)
    {
        var body = new JsonObject();
        if (holdingsSpData is JsonObject spData)
        {
            foreach (var (key, value) in spData)
            {
                if (!DroppedTopLevelKeys.Contains(key))
                {
                    body[key] = value?.DeepClone();
                }
            }
        }

        if (body["holdings"] is not JsonArray holdings)
        {
            holdings = [];
            body["holdings"] = holdings;
        }

        // The lookup keys are upstream ids, so they are read before the display-text cleanup can alter them.
        var holdingsWithLookupKeys = holdings.OfType<JsonObject>()
            .Select(holding => (Holding: holding, LookupKey: HoldingTickers.LookupKeyOf(holding)))
            .ToList();
        LegacyTextCleanup.CleanStringsInPlace(holdings);

        var accountTypes = HoldingAccountTypes.BuildLookup(accounts2SpData);
        foreach (var (holding, lookupKey) in holdingsWithLookupKeys)
        {
            await HoldingTickers.BackFillAsync(holding, lookupKey, lookupTicker, cancellationToken);
            HoldingCleanup.RemoveIgnoredKeys(holding);
            holding["accountType"] = HoldingAccountTypes.For(holding, accountTypes);
        }

        return body;
    }
}
