using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Accounts;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Holdings;

/// <summary>
/// The <c>accountType</c> the original added to each holding, taken from the <c>getAccounts2</c> account whose
/// cleaned <c>name</c> equals the holding's <c>accountName</c>.
/// </summary>
public static class HoldingAccountTypes
{
    /// <summary>
    /// Cleaned account name → account type text, first account wins for a repeated name. The text is
    /// <c>accountTypeNew</c> ("" when null, absent or not a string) followed by <c>" - " + accountTypeSubtype</c>
    /// when the subtype is a string, even an empty one (so <c>"IRA - "</c>); a null, absent or non-string
    /// subtype adds nothing.
    /// </summary>
    public static IReadOnlyDictionary<string, string> BuildLookup(JsonNode? accounts2SpData)
    {
        var typesByName = new Dictionary<string, string>(StringComparer.Ordinal);
        if (UpstreamJsonValues.Property(accounts2SpData, "accounts") is not JsonArray accounts)
        {
            return typesByName;
        }

        foreach (var account in accounts.OfType<JsonObject>())
        {
            // The classic site names the account accountName, the new one name (§12); the same text either way.
            if ((UpstreamJsonValues.GetString(account["name"]) ?? UpstreamJsonValues.GetString(account["accountName"])) is { } name)
            {
                typesByName.TryAdd(LegacyTextCleanup.Clean(name), AccountTypeOf(account));
            }
        }

        return typesByName;
    }

    /// <summary>"" when the holding has no usable <c>accountName</c> or no account matches (the original crashed there).</summary>
    public static string For(JsonObject holding, IReadOnlyDictionary<string, string> typesByCleanedName) =>
        UpstreamJsonValues.GetString(holding["accountName"]) is { } accountName
        && typesByCleanedName.TryGetValue(accountName, out var accountType)
            ? accountType
            : string.Empty;

    // Cleaned like every other string of the holdings body; the upstream enums never need it, but the
    // promise "every string of the holdings is cleaned" then holds without exceptions.
    private static string AccountTypeOf(JsonObject account)
    {
        var accountType = UpstreamJsonValues.GetString(account["accountTypeNew"]) ?? string.Empty;
        if (UpstreamJsonValues.GetString(account["accountTypeSubtype"]) is { } subtype)
        {
            accountType += " - " + subtype;
        }

        return LegacyTextCleanup.Clean(accountType);
    }
}
