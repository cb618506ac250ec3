using System.Globalization;
using PersonalCapitalService.Input;
using PersonalCapitalService.V1.Transactions;

namespace PersonalCapitalService.V1.Cashflow;

/// <summary>
/// Sums of signed transactions: income is the sum of <c>isIncome</c> rows, spending minus the sum of <c>isSpending</c>
/// rows (a purchase adds to it, a refund takes away), net their difference. Transfers count as neither.
/// </summary>
public static class CashflowMapping
{
    public const string ByMonth = "month";
    public const string ByCategory = "category";

    /// <summary>Every calendar month the range touches, in order, empty ones included.</summary>
    public static IReadOnlyList<CashflowRecord> ByMonths(IReadOnlyList<TransactionRecord> rows, DateRange range)
    {
        var byMonth = rows.ToLookup(r => Month(r.Date));
        var records = new List<CashflowRecord>();
        for (var month = new DateOnly(range.Start.Year, range.Start.Month, 1); month <= range.End; month = month.AddMonths(1))
        {
            var key = Month(month);
            var (income, spending) = Sums(byMonth[key]);
            records.Add(new CashflowRecord(key, null, null, income, spending, income - spending));
        }
        return records;
    }

    /// <summary>One row per category that has income or spending in the range, by category name.</summary>
    public static IReadOnlyList<CashflowRecord> ByCategories(IReadOnlyList<TransactionRecord> rows) =>
        [.. rows
            .Where(r => r.IsIncome || r.IsSpending)
            .GroupBy(r => (r.CategoryId, r.CategoryName))
            .Select(g =>
            {
                var (income, spending) = Sums(g);
                return new CashflowRecord(null, g.Key.CategoryId, g.Key.CategoryName, income, spending, income - spending);
            })
            .OrderBy(r => r.CategoryName is null)
            .ThenBy(r => r.CategoryName, StringComparer.Ordinal)
            .ThenBy(r => r.CategoryId)];

    private static (decimal Income, decimal Spending) Sums(IEnumerable<TransactionRecord> rows)
    {
        decimal income = 0m, spending = 0m;
        foreach (var row in rows)
        {
            income += row.IsIncome ? row.Amount : 0m;
            spending -= row.IsSpending ? row.Amount : 0m;
        }
        return (income, spending);
    }

    private static string Month(DateOnly date) => date.ToString("yyyy-MM", CultureInfo.InvariantCulture);
}
