using PersonalCapitalService.Input;
using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Transactions;

/// <summary>The transactions of a range as v1 records, newest first, optionally of one account and one category.</summary>
public static class TransactionRows
{
    public static async Task<IReadOnlyList<TransactionRecord>> ReadAsync(
        V1Request request, DateRange range, long? accountId, long? categoryId, CancellationToken cancellationToken)
    {
        var categories = TransactionMapping.ById(await request.Data.GetCategoriesAsync(cancellationToken));
        var rows = new List<TransactionRecord>();
        await foreach (var row in request.Data.GetTransactionsAsync(range.Start, range.End, cancellationToken))
        {
            if ((accountId is null || row.UserAccountId == accountId) && (categoryId is null || row.CategoryId == categoryId))
            {
                rows.Add(TransactionMapping.ToRecord(row, categories));
            }
        }
        return rows;
    }
}
