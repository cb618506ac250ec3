using System.Text.Json.Nodes;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Holdings;

/// <summary>
/// The <c>/holdings/classifications</c> body, built from a <c>getHoldings</c> spData requested with
/// <c>classificationStyles=["allocation"]</c>.
/// </summary>
public static class ClassificationsBody
{
    /// <summary>
    /// <c>{"allocations": [...]}</c>, one entry per node of <c>spData.classifications[0].classifications</c>:
    /// <c>type</c> (classificationTypeName) and <c>value</c> copied as-is (null when missing),
    /// <c>percentOfTotal</c> = percentOfTMV / 100, and <c>inner_types</c> (same three keys, one level) only
    /// when the node has at least one child classification. Anything missing along the path gives
    /// <c>{"allocations": []}</c>.
    /// </summary>
    public static JsonObject Build(JsonNode? holdingsSpData)
    {
        var allocations = new JsonArray();
        if (UpstreamJsonValues.Property(holdingsSpData, "classifications") is JsonArray { Count: > 0 } topNodes
            && UpstreamJsonValues.Property(topNodes[0], "classifications") is JsonArray nodes)
        {
            foreach (var node in nodes.OfType<JsonObject>())
            {
                var allocation = Entry(node);
                if (node["classifications"] is JsonArray children && children.OfType<JsonObject>().Any())
                {
                    allocation["inner_types"] = new JsonArray(children.OfType<JsonObject>().Select(Entry).ToArray<JsonNode?>());
                }

                allocations.Add(allocation);
            }
        }

        return new JsonObject { ["allocations"] = allocations };
    }

    private static JsonObject Entry(JsonObject node) => new()
    {
        ["type"] = node["classificationTypeName"]?.DeepClone(),
        ["percentOfTotal"] = PercentOfTotal(node["percentOfTMV"]),
        ["value"] = node["value"]?.DeepClone(),
    };

    // Double division, as the original's Python float division: 83.93 gives 0.8393 either way.
    // A numeric string is divided like a number (the original would have crashed); "NaN", other text or a
    // missing value give null, because JSON has no NaN and a made-up number would mislead a spreadsheet.
    private static JsonValue? PercentOfTotal(JsonNode? percentOfTmv) =>
        UpstreamJsonValues.TryGetFiniteNumber(percentOfTmv, out var percent) ? JsonValue.Create(percent / 100) : null;
}
