using System.Text.Json.Nodes;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// The original's 401k employer-match heuristic, reproduced step for step because users' workbooks depend
/// on its exact output, quirks included: it walks the list from the end and, for each row, removes the first
/// other row (from the start) posted on the same day under the same description whose amount is greater
/// than or equal to its own. Removals shift later positions, exactly as in the original.
/// </summary>
internal static class EmployerMatchPairing
{
    public static List<JsonObject> KeepSmallerOfEachPair(IReadOnlyList<JsonObject> contributions)
    {
        // The procedure's L and its copy C: the same index is always removed from both, so one list is both.
        var kept = new List<JsonObject>(contributions);

        // The length is taken once. At most one row is removed per outer step, so index i is always
        // still inside the shrinking list (after k steps there are at least n - k rows, and i = n - 1 - k).
        var originalCount = kept.Count;
        for (var i = originalCount - 1; i >= 0; i--)
        {
            var first = kept[i];
            for (var j = 0; j < kept.Count; j++)
            {
                var check = kept[j];
                if (IsSameTransaction(first, check))
                {
                    continue;
                }

                if (SameText(first, check, "description")
                    && SameText(first, check, "transactionDate")
                    && AmountIsAtMost(first, check))
                {
                    kept.RemoveAt(j);
                    break;
                }
            }
        }

        return kept;
    }

    // The original skips rows with an equal userTransactionId (compared by JSON value, so 7 equals 7.0 but
    // not "7"). A row must also never pair with itself when ids are absent, where the original would have
    // crashed; hence the reference check.
    private static bool IsSameTransaction(JsonObject first, JsonObject check)
    {
        if (ReferenceEquals(first, check))
        {
            return true;
        }

        var firstId = first["userTransactionId"];
        var checkId = check["userTransactionId"];
        return firstId is not null && checkId is not null && JsonNode.DeepEquals(firstId, checkId);
    }

    // Rows without the text (absent, null, not a string) are never paired: the original would have crashed.
    private static bool SameText(JsonObject first, JsonObject check, string key) =>
        UpstreamJsonValues.GetString(first[key]) is { } text && text == UpstreamJsonValues.GetString(check[key]);

    // Like Python's float comparison, anything involving NaN (here also a missing or non-numeric amount) is false.
    private static bool AmountIsAtMost(JsonObject first, JsonObject check) =>
        UpstreamJsonValues.TryGetFiniteNumber(first["amount"], out var firstAmount)
        && UpstreamJsonValues.TryGetFiniteNumber(check["amount"], out var checkAmount)
        && firstAmount <= checkAmount;
}
