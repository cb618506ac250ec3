using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.V1.Common;

/// <summary>Numbers inside upstream objects the client models leave open (keys named by account id or symbol).</summary>
public static class UpstreamNumbers
{
    /// <summary>A JSON number or numeric string; "NaN", other text and non-numbers are null.</summary>
    public static decimal? Decimal(JsonNode? node) => node is JsonValue value ? value.GetValueKind() switch
    {
        JsonValueKind.Number => value.TryGetValue(out decimal d) ? d : null,
        JsonValueKind.String => decimal.TryParse(value.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null,
        _ => null,
    } : null;

    public static DateOnly? Date(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String
        && DateOnly.TryParseExact(value.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
}
