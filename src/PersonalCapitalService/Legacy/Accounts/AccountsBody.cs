using System.Text.Json.Nodes;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Accounts;

/// <summary>The <c>/accounts</c> body, built from the <c>newaccount/getAccounts</c> spData.</summary>
public static class AccountsBody
{
    /// <summary>
    /// <c>{"networth": n, "accounts": [{"name", "balance"}]}</c> in upstream order. networth and balance are
    /// copied as-is (number, numeric string or "NaN" alike); a missing one is JSON null rather than a crash.
    /// A name that is a string is cleaned (en dash, ®); any other name is copied as-is. Entries of
    /// <c>accounts</c> that are not objects are skipped.
    /// </summary>
    public static JsonObject Build(JsonNode? accountsSpData)
    {
        var accounts = new JsonArray();
        if (UpstreamJsonValues.Property(accountsSpData, "accounts") is JsonArray upstreamAccounts)
        {
            foreach (var account in upstreamAccounts.OfType<JsonObject>())
            {
                accounts.Add(new JsonObject
                {
                    ["name"] = CleanedName(account["name"]),
                    ["balance"] = account["balance"]?.DeepClone(),
                });
            }
        }

        return new JsonObject
        {
            ["networth"] = UpstreamJsonValues.Property(accountsSpData, "networth")?.DeepClone(),
            ["accounts"] = accounts,
        };
    }

    private static JsonNode? CleanedName(JsonNode? name) =>
        UpstreamJsonValues.GetString(name) is { } text ? JsonValue.Create(LegacyTextCleanup.Clean(text)) : name?.DeepClone();
}
