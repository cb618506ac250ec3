using System.Text.Json;

namespace PersonalCapital.Sandbox.Protocol;

/// <summary>
/// The fields of one upstream POST, read the lenient way real clients send them: urlencoded or multipart,
/// arrays either as a JSON string inside one field (<c>userAccountIds=[1,2]</c>) or as repeated
/// <c>key[]</c> / <c>key</c> fields.
/// </summary>
public sealed class FormValues
{
    private readonly Dictionary<string, List<string>> _fields;

    public FormValues(IEnumerable<KeyValuePair<string, string>> fields)
    {
        _fields = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (key, value) in fields)
        {
            var name = key.EndsWith("[]", StringComparison.Ordinal) ? key[..^2] : key;
            if (!_fields.TryGetValue(name, out var values))
            {
                _fields[name] = values = [];
            }
            values.Add(value);
        }
    }

    public static FormValues Empty { get; } = new([]);

    /// <summary>The first value of a field, or null when absent.</summary>
    public string? Get(string name) => _fields.TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    /// <summary>
    /// Every value of an array field. A single value that is a JSON array is expanded
    /// (<c>["a","b"]</c> or <c>[1,2]</c>); repeated fields are returned in order. Absent: empty.
    /// </summary>
    public IReadOnlyList<string> GetList(string name)
    {
        if (!_fields.TryGetValue(name, out var values))
        {
            return [];
        }
        var result = new List<string>();
        foreach (var value in values)
        {
            var trimmed = value.Trim();
            if (trimmed.StartsWith('[') && TryExpandJsonArray(trimmed, result))
            {
                continue;
            }
            if (trimmed.Length > 0)
            {
                result.Add(trimmed);
            }
        }
        return result;
    }

    /// <summary>Array field of 64-bit ids; entries that are not integers are ignored.</summary>
    public IReadOnlyList<long> GetIds(string name) =>
        [.. GetList(name).Select(v => long.TryParse(v, out var id) ? (long?)id : null).OfType<long>()];

    private static bool TryExpandJsonArray(string json, List<string> into)
    {
        try
        {
            using var doc = JsonDocument.Parse(json);
            if (doc.RootElement.ValueKind != JsonValueKind.Array)
            {
                return false;
            }
            foreach (var item in doc.RootElement.EnumerateArray())
            {
                into.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : item.GetRawText());
            }
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
