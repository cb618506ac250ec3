using System.Text.Json.Nodes;

namespace PersonalCapitalService.Tests.Legacy.Transactions;

/// <summary>Hand-written transaction rows for the tests, detached like the rows the service works on.</summary>
internal static class TestRows
{
    public static JsonObject One(string json) => JsonNode.Parse(json)!.AsObject();

    public static List<JsonObject> Many(string jsonArray)
    {
        var array = JsonNode.Parse(jsonArray)!.AsArray();
        var rows = array.Select(node => node!.AsObject()).ToList();
        array.Clear();
        return rows;
    }

    public static long[] Ids(IEnumerable<JsonObject> rows) =>
        rows.Select(row => row["userTransactionId"]!.GetValue<long>()).ToArray();
}
