using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// Semantic JSON equality as the spec promises it: same keys, values, types and array order; key order and number
/// spelling (1.50 vs 1.5) are free. Failures name the first differing path, so a 2,000-row body stays readable.
/// </summary>
internal static class JsonComparison
{
    public static void AssertEquivalent(JsonNode? expected, JsonNode? actual, string context)
    {
        if (FirstDifference(expected, actual, "$") is { } difference)
        {
            Assert.Fail($"{context}: {difference}");
        }
    }

    public static string? FirstDifference(JsonNode? expected, JsonNode? actual, string path)
    {
        var expectedKind = expected?.GetValueKind() ?? JsonValueKind.Null;
        var actualKind = actual?.GetValueKind() ?? JsonValueKind.Null;
        if (expectedKind != actualKind)
        {
            return $"{path}: expected {expectedKind} {Show(expected)}, got {actualKind} {Show(actual)}";
        }
        switch (expectedKind)
        {
            case JsonValueKind.Object:
                var expectedObject = expected!.AsObject();
                var actualObject = actual!.AsObject();
                foreach (var (key, value) in expectedObject)
                {
                    if (!actualObject.TryGetPropertyValue(key, out var other))
                    {
                        return $"{path}: missing key \"{key}\"";
                    }
                    if (FirstDifference(value, other, $"{path}.{key}") is { } inner)
                    {
                        return inner;
                    }
                }
                var extra = actualObject.Select(p => p.Key).FirstOrDefault(key => !expectedObject.ContainsKey(key));
                return extra is null ? null : $"{path}: unexpected key \"{extra}\"";
            case JsonValueKind.Array:
                var expectedArray = expected!.AsArray();
                var actualArray = actual!.AsArray();
                for (var i = 0; i < Math.Min(expectedArray.Count, actualArray.Count); i++)
                {
                    if (FirstDifference(expectedArray[i], actualArray[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }
                return expectedArray.Count == actualArray.Count
                    ? null
                    : $"{path}: expected {expectedArray.Count} elements, got {actualArray.Count}";
            case JsonValueKind.Number:
                return SameNumber(expected!.ToJsonString(), actual!.ToJsonString())
                    ? null
                    : $"{path}: expected {Show(expected)}, got {Show(actual)}";
            case JsonValueKind.String:
                return expected!.GetValue<string>() == actual!.GetValue<string>()
                    ? null
                    : $"{path}: expected {Show(expected)}, got {Show(actual)}";
            default:
                return null;
        }
    }

    private static bool SameNumber(string expected, string actual) =>
        decimal.TryParse(expected, NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
        && decimal.TryParse(actual, NumberStyles.Float, CultureInfo.InvariantCulture, out var b)
            ? a == b
            : double.Parse(expected, CultureInfo.InvariantCulture) == double.Parse(actual, CultureInfo.InvariantCulture);

    private static string Show(JsonNode? node)
    {
        var text = node?.ToJsonString(new JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) ?? "null";
        return text.Length > 300 ? text[..300] + "…" : text;
    }
}
