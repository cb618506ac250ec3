using System.Text.Json.Nodes;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// Adds the original's extra <c>category</c> key: the name of the category whose
/// <c>transactionCategoryId</c> equals the row's <c>categoryId</c>.
/// </summary>
public static class TransactionCategoryNames
{
    public const string CategoryKey = "category";

    /// <summary>
    /// Category id → name from the <c>getCategories</c> category objects. Ids are matched by integral value, so
    /// <c>17</c> and <c>"17"</c> are the same category. The first category with an id wins, as in the original's
    /// <c>next(...)</c>; a name that is not a string maps to null.
    /// </summary>
    public static IReadOnlyDictionary<long, string?> BuildLookup(IEnumerable<JsonObject> categories)
    {
        var namesById = new Dictionary<long, string?>();
        foreach (var category in categories)
        {
            if (UpstreamJsonValues.TryGetInt64(UpstreamJsonValues.Property(category, "transactionCategoryId"), out var id))
            {
                namesById.TryAdd(id, UpstreamJsonValues.GetString(UpstreamJsonValues.Property(category, "name")));
            }
        }

        return namesById;
    }

    /// <summary>
    /// Sets <c>category</c> on every row (in place, replacing any existing value). A missing, unusable or
    /// unknown <c>categoryId</c> gives JSON null: the original crashed there, the new service must not.
    /// </summary>
    public static void Attach(IEnumerable<JsonObject> transactions, IReadOnlyDictionary<long, string?> namesById)
    {
        foreach (var row in transactions)
        {
            string? name = null;
            if (UpstreamJsonValues.TryGetInt64(UpstreamJsonValues.Property(row, "categoryId"), out var id))
            {
                namesById.TryGetValue(id, out name);
            }

            row[CategoryKey] = name;
        }
    }
}
