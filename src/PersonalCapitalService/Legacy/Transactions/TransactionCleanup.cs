using System.Collections.Frozen;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>The original's transaction ignore list, removed by every route marked "Cleanup: yes".</summary>
public static class TransactionCleanup
{
    /// <summary>
    /// Exactly the original's list. <c>resultType</c> is deliberately absent: a missing line break glued it
    /// to <c>status</c> in the original file, so it was never removed and clients may read it.
    /// </summary>
    public static IReadOnlySet<string> IgnoredKeys { get; } = new[]
    {
        "accountId", "hasViewed", "currency", "isDuplicate", "isEditable", "isNew", "isCredit", "merchantId",
        "netCost", "originalDescription", "simpleDescription", "userAccountId", "originalAmount",
        "runningBalance", "isCost", "includeInCashManager", "merchant", "transactionTypeId", "status",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Removes the ignored keys from each row in place; rows lacking some of them are fine.</summary>
    public static void RemoveIgnoredKeys(IEnumerable<JsonObject> transactions)
    {
        foreach (var row in transactions)
        {
            foreach (var key in IgnoredKeys)
            {
                row.Remove(key);
            }
        }
    }
}
