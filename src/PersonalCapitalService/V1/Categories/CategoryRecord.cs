namespace PersonalCapitalService.V1.Categories;

/// <summary>One row of <c>/v1/categories</c>.</summary>
/// <param name="Type">EXPENSE, INCOME, TRANSFER, UNCATEGORIZED or DEFERRED_COMPENSATION.</param>
public sealed record CategoryRecord(long Id, string Name, string? Type, bool IsCustom);
