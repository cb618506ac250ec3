using PersonalCapital.Client.Models;
using PersonalCapitalService.V1.Accounts;

namespace PersonalCapitalService.V1.Transactions;

/// <summary>getUserTransactions rows → <see cref="TransactionRecord"/>, with the category names of getCategories.</summary>
public static class TransactionMapping
{
    public const string TransferType = "TRANSFER";

    public static TransactionRecord ToRecord(Transaction row, IReadOnlyDictionary<long, Category> categories)
    {
        var category = row.CategoryId is { } id && categories.TryGetValue(id, out var known) ? known : null;
        var categoryType = category?.Type ?? row.CategoryType;
        return new TransactionRecord(
            row.UserTransactionId ?? 0,
            row.TransactionDate ?? default,
            row.UserAccountId ?? 0,
            row.AccountName,
            row.Description,
            AccountMapping.NullIfEmpty(row.Merchant),
            SignedAmount(row),
            row.CategoryId,
            category?.Name,
            row.TransactionType,
            row.Status == "pending",
            row.IsSpending == true,
            row.IsIncome == true,
            categoryType == TransferType);
    }

    /// <summary>
    /// The upstream's amount is always positive; <c>isCredit</c> says money came in. Rows without the flag fall back
    /// on <c>isCashIn</c>, then count as money out, the more common direction.
    /// </summary>
    public static decimal SignedAmount(Transaction row)
    {
        var magnitude = Math.Abs(row.Amount ?? 0m);
        var moneyIn = row.IsCredit ?? row.IsCashIn ?? false;
        return moneyIn ? magnitude : -magnitude;
    }

    public static IReadOnlyDictionary<long, Category> ById(IReadOnlyList<Category> categories)
    {
        var byId = new Dictionary<long, Category>();
        foreach (var category in categories)
        {
            if (category.TransactionCategoryId is { } id)
            {
                byId.TryAdd(id, category);
            }
        }
        return byId;
    }
}
