using System.Text.Json.Nodes;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>The two body shapes of the <c>/trans</c> routes.</summary>
public static class TransactionBodies
{
    /// <summary>"bare": the rows as a JSON array.</summary>
    public static JsonArray Bare(IEnumerable<JsonObject> transactions)
    {
        var array = new JsonArray();
        foreach (var row in transactions)
        {
            // A row still inside another tree cannot be re-parented; copy it rather than fail.
            array.Add(row.Parent is null ? row : row.DeepClone());
        }

        return array;
    }

    /// <summary>"wrapped": <c>{"transactions": [ ... ]}</c>.</summary>
    public static JsonObject Wrapped(IEnumerable<JsonObject> transactions) =>
        new() { ["transactions"] = Bare(transactions) };
}
