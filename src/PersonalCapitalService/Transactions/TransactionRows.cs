using System.Text.Json.Nodes;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Transactions;

/// <summary>Takes the transaction objects out of a <c>getUserTransactions</c> spData, whole and in upstream order.</summary>
public static class TransactionRows
{
    /// <summary>
    /// Returns every object in <c>spData.transactions</c> and empties that array, so each row is detached
    /// and can be placed into a response body (a JsonNode can have only one parent). Entries that are not
    /// objects cannot be transactions and are dropped; a missing or malformed array gives no rows.
    /// </summary>
    public static List<JsonObject> TakeFrom(JsonNode? transactionsSpData)
    {
        if (UpstreamJsonValues.Property(transactionsSpData, "transactions") is not JsonArray array)
        {
            return [];
        }

        var rows = array.OfType<JsonObject>().ToList();
        array.Clear();
        return rows;
    }
}
