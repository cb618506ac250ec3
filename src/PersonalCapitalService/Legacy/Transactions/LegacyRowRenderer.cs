using System.Text.Json.Nodes;
using PersonalCapital.Store.Model;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// A transaction as the legacy routes show it, worked out once per sync instead of once per request: the upstream row
/// with its category name (full), and the same without the original's ignore list (clean).
/// </summary>
internal sealed class LegacyRowRenderer(IReadOnlyDictionary<long, string?> categoryNames)
{
    /// <summary>The renderer for the categories of a <c>getCategories</c> answer.</summary>
    public static LegacyRowRenderer For(IEnumerable<JsonObject> categories) => new(TransactionCategoryNames.BuildLookup(categories));

    public LegacyRenderings Render(JsonObject upstreamRow)
    {
        var row = (JsonObject)upstreamRow.DeepClone();
        TransactionCategoryNames.Attach([row], categoryNames);
        var full = row.ToJsonString(LegacyJson.Options);
        TransactionCleanup.RemoveIgnoredKeys([row]);
        return new LegacyRenderings(full, row.ToJsonString(LegacyJson.Options));
    }

    public LegacyRenderings Render(string upstreamRow) => Render(JsonNode.Parse(upstreamRow)!.AsObject());
}
