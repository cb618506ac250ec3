using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapital.Client.Models;

/// <summary>
/// A typed view over one upstream JSON object. The object itself (<see cref="Json"/>) is kept whole, fields no
/// property names included, so callers can pass it on unchanged. Properties read it leniently (upstream-protocol §4.3):
/// numbers may come as numbers, numeric strings or <c>"NaN"</c> (read as null), booleans as strings; a missing or
/// oddly typed field reads as null and never throws.
/// </summary>
public abstract class UpstreamObject(JsonObject json)
{
    /// <summary>The upstream object, whole. Each call returns new objects, so callers may change them.</summary>
    public JsonObject Json { get; } = json;

    protected string? String(string name) => Json[name] is JsonValue v ? v.GetValueKind() switch
    {
        JsonValueKind.String => v.GetValue<string>(),
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => v.ToJsonString(),
        _ => null,
    } : null;

    protected decimal? Decimal(string name) => Json[name] is JsonValue v ? v.GetValueKind() switch
    {
        JsonValueKind.Number => v.TryGetValue(out decimal d) ? d : (decimal?)null,
        JsonValueKind.String => decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null,
        _ => null,
    } : null;

    protected long? Long(string name) => Json[name] is JsonValue v ? v.GetValueKind() switch
    {
        JsonValueKind.Number => v.TryGetValue(out long l) ? l : (long?)null,
        JsonValueKind.String => long.TryParse(v.GetValue<string>(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed)
            ? parsed
            : null,
        _ => null,
    } : null;

    protected bool? Bool(string name) => Json[name] is JsonValue v ? v.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.String => bool.TryParse(v.GetValue<string>(), out var parsed) ? parsed : null,
        _ => null,
    } : null;

    /// <summary>A <c>yyyy-MM-dd</c> date field.</summary>
    protected DateOnly? DateValue(string name) =>
        DateOnly.TryParseExact(String(name), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    /// <summary>The objects of an array field, each wrapped; non-objects are skipped.</summary>
    protected IReadOnlyList<T> List<T>(string name, Func<JsonObject, T> wrap) =>
        Json[name] is JsonArray array ? [.. array.OfType<JsonObject>().Select(wrap)] : [];

    public override string ToString() => Json.ToJsonString();
}
