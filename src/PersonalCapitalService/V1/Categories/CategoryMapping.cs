using PersonalCapital.Client.Models;
using PersonalCapitalService.V1.Accounts;

namespace PersonalCapitalService.V1.Categories;

/// <summary>getCategories entries → <see cref="CategoryRecord"/>; entries without an id are not addressable and left out.</summary>
public static class CategoryMapping
{
    public static IReadOnlyList<CategoryRecord> ToRecords(IReadOnlyList<Category> categories) =>
        [.. categories
            .Where(c => c.TransactionCategoryId is not null)
            .Select(c => new CategoryRecord(c.TransactionCategoryId!.Value, c.Name ?? "", AccountMapping.NullIfEmpty(c.Type), c.IsCustom == true))];
}
