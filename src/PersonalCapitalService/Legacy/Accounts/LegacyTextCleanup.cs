using System.Text.Json.Nodes;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Accounts;

/// <summary>
/// The original's text cleanup for account names and holdings: each en dash (U+2013) becomes "-" and each
/// registered sign (U+00AE) is removed, so Excel sheets built on the old output keep matching names.
/// Nothing else (em dashes, ™, ...) is touched.
/// </summary>
public static class LegacyTextCleanup
{
    public static string Clean(string text) =>
        text.Replace('\u2013', '-').Replace("\u00AE", string.Empty, StringComparison.Ordinal);

    /// <summary>
    /// Cleans every string value inside <paramref name="node"/> (objects and arrays, at any depth), in place.
    /// Property names are left alone: they are the upstream's field names, not display text.
    /// </summary>
    public static void CleanStringsInPlace(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                // Keys are listed first because replacing a value while enumerating the object is not allowed.
                foreach (var key in obj.Select(property => property.Key).ToList())
                {
                    if (CleanedReplacement(obj[key]) is { } cleaned)
                    {
                        obj[key] = cleaned;
                    }
                    else
                    {
                        CleanStringsInPlace(obj[key]);
                    }
                }

                break;

            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (CleanedReplacement(array[i]) is { } cleaned)
                    {
                        array[i] = cleaned;
                    }
                    else
                    {
                        CleanStringsInPlace(array[i]);
                    }
                }

                break;
        }
    }

    // A new value only when the node is a string that actually changes; untouched nodes keep their identity.
    private static JsonValue? CleanedReplacement(JsonNode? node)
    {
        if (UpstreamJsonValues.GetString(node) is not { } text)
        {
            return null;
        }

        var cleaned = Clean(text);
        return cleaned == text ? null : JsonValue.Create(cleaned);
    }
}
