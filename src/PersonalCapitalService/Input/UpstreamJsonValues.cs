using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Input;

/// <summary>
/// Lenient reading of single values inside upstream JSON. The upstream mixes numbers, numeric strings and
/// the string <c>"NaN"</c>, and any field may be absent, null or of an unexpected type; the routes must
/// answer anyway, so nothing here throws and every "can't tell" reads as "not there".
/// </summary>
public static class UpstreamJsonValues
{
    /// <summary>True when the key exists with a non-null value (JSON null counts as missing).</summary>
    public static bool IsPresent(JsonObject row, string key) =>
        row.TryGetPropertyValue(key, out var node) && node is not null;

    /// <summary>The value of <paramref name="key"/> when the row is an object that has it; otherwise null.</summary>
    public static JsonNode? Property(JsonNode? node, string key) =>
        node is JsonObject row && row.TryGetPropertyValue(key, out var value) ? value : null;

    /// <summary>The string when the node is a JSON string; null for anything else (numbers are not converted).</summary>
    public static string? GetString(JsonNode? node) =>
        node is JsonValue value && value.GetValueKind() == JsonValueKind.String && value.TryGetValue<string>(out var text)
            ? text
            : null;

    /// <summary>Ordinal string equality; a non-string value never equals a text.</summary>
    public static bool IsString(JsonNode? node, string expected) => GetString(node) == expected;

    public static bool IsTrue(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.True;

    public static bool IsFalse(JsonNode? node) => node is JsonValue value && value.GetValueKind() == JsonValueKind.False;

    /// <summary>
    /// A finite number from a JSON number or a numeric string (invariant culture). <c>"NaN"</c>, infinities,
    /// other strings, booleans, objects, null and absence all return false: callers treat them as missing.
    /// Doubles match the original, which compared Python floats.
    /// </summary>
    public static bool TryGetFiniteNumber(JsonNode? node, out double number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        var parsed = value.GetValueKind() switch
        {
            JsonValueKind.Number => TryReadJsonNumber(value, out number),
            JsonValueKind.String => value.TryGetValue<string>(out var text)
                && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number),
            _ => false,
        };
        return parsed && double.IsFinite(number);
    }

    /// <summary>An integral value (ids) from a JSON number or a numeric string, e.g. <c>30001236</c> or <c>"30001236"</c>.</summary>
    public static bool TryGetInt64(JsonNode? node, out long number)
    {
        number = 0;
        if (node is not JsonValue value)
        {
            return false;
        }

        switch (value.GetValueKind())
        {
            case JsonValueKind.Number:
                if (value.TryGetValue(out number))
                {
                    return true;
                }

                // e.g. 30001236.0: integral in value though not in form.
                if (TryReadJsonNumber(value, out var real) && double.IsFinite(real) && real == Math.Floor(real)
                    && real >= long.MinValue && real < long.MaxValue)
                {
                    number = (long)real;
                    return true;
                }

                return false;

            case JsonValueKind.String:
                // decimal, not double: ids beyond 2^53 stay exact.
                if (value.TryGetValue<string>(out var text)
                    && decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var exact)
                    && exact == decimal.Truncate(exact) && exact >= long.MinValue && exact <= long.MaxValue)
                {
                    number = (long)exact;
                    return true;
                }

                return false;

            default:
                return false;
        }
    }

    // Parsed upstream numbers answer TryGetValue<double>; hand-built ones may hold int, long, decimal...,
    // whose JSON text is always a valid number. float is asked for directly because a float NaN has no JSON text.
    private static bool TryReadJsonNumber(JsonValue value, out double number)
    {
        if (value.TryGetValue(out number))
        {
            return true;
        }

        if (value.TryGetValue<float>(out var single))
        {
            number = single;
            return true;
        }

        return double.TryParse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out number);
    }
}
