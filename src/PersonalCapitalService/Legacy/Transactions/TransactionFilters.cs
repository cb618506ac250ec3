using System.Text.Json.Nodes;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Legacy.Transactions;

/// <summary>
/// The original routes' row filters. Each keeps upstream order and returns the same row objects.
/// "Missing" means absent or JSON null; for numbers (amount, quantity) it also covers <c>"NaN"</c> and any
/// value that is not a number or numeric string, since such a row cannot be checked for zero and the
/// original only ever saw real numbers there. Text comparisons are ordinal and case-sensitive; a value
/// that is not a JSON string never equals a text.
/// </summary>
public static class TransactionFilters
{
    public const string SharesIn = "Shares In";
    public const string SharesOut = "Shares Out";

    /// <summary>The dividends route segment that selects received dividends; any other selects reinvested ones.</summary>
    public const string ReceivedDividendsSegment = "received";

    /// <summary>expenses: <c>isSpending == true</c> and <c>isCashIn == false</c> (real JSON booleans; absent fails).</summary>
    public static List<JsonObject> Expenses(IEnumerable<JsonObject> transactions) =>
        transactions
            .Where(row => UpstreamJsonValues.IsTrue(row["isSpending"]) && UpstreamJsonValues.IsFalse(row["isCashIn"]))
            .ToList();

    /// <summary>investment(t): <c>transactionType</c> equals the decoded route segment exactly.</summary>
    public static List<JsonObject> Investment(IEnumerable<JsonObject> transactions, string transactionType) =>
        transactions.Where(row => UpstreamJsonValues.IsString(row["transactionType"], transactionType)).ToList();

    /// <summary>
    /// shares(t): investment(t) without rows missing amount/quantity/description, with a zero amount or
    /// quantity, or whose description contains <c>transfer In</c> (case-sensitive, applied to Shares Out
    /// too, as the original did).
    /// </summary>
    public static List<JsonObject> Shares(IEnumerable<JsonObject> transactions, string transactionType) =>
        Investment(transactions, transactionType)
            .Where(row => IsNonZeroNumber(row["amount"])
                && IsNonZeroNumber(row["quantity"])
                && UpstreamJsonValues.GetString(row["description"]) is { } description
                && !description.Contains("transfer In", StringComparison.Ordinal))
            .ToList();

    /// <summary>
    /// dividends: the literal segment <c>received</c> keeps <c>Dividend Received</c>; any other segment
    /// (even <c>Received</c>) keeps <c>Reinvest Dividend</c>.
    /// </summary>
    public static List<JsonObject> Dividends(IEnumerable<JsonObject> transactions, string receivedSegment)
    {
        var wanted = string.Equals(receivedSegment, ReceivedDividendsSegment, StringComparison.Ordinal)
            ? "Dividend Received"
            : "Reinvest Dividend";
        return Investment(transactions, wanted);
    }

    /// <summary>rollover: a nonzero quantity, <c>transactionType == "Adjusted Sell"</c> and <c>category == "Securities Trades"</c>.</summary>
    public static List<JsonObject> Rollover(IEnumerable<JsonObject> transactions) =>
        transactions
            .Where(HasTypeCategoryAndNonZeroQuantity)
            .Where(row => UpstreamJsonValues.IsString(row["transactionType"], "Adjusted Sell")
                && UpstreamJsonValues.IsString(row[TransactionCategoryNames.CategoryKey], "Securities Trades"))
            .ToList();

    /// <summary>
    /// 401k(all): a nonzero quantity, a category, and <c>transactionType == "Contribution"</c> or
    /// <c>category == "Retirement Contributions"</c>.
    /// </summary>
    public static List<JsonObject> RetirementContributions(IEnumerable<JsonObject> transactions) =>
        transactions
            .Where(HasTypeCategoryAndNonZeroQuantity)
            .Where(row => UpstreamJsonValues.IsString(row["transactionType"], "Contribution")
                || UpstreamJsonValues.IsString(row[TransactionCategoryNames.CategoryKey], "Retirement Contributions"))
            .ToList();

    /// <summary>401k(match): 401k(all), then the original's pairing procedure (see <see cref="EmployerMatchPairing"/>).</summary>
    public static List<JsonObject> EmployerMatch(IEnumerable<JsonObject> transactions) =>
        EmployerMatchPairing.KeepSmallerOfEachPair(RetirementContributions(transactions));

    /// <summary>account: <c>accountName</c> equals the decoded route segment exactly.</summary>
    public static List<JsonObject> Account(IEnumerable<JsonObject> transactions, string accountName) =>
        transactions.Where(row => UpstreamJsonValues.IsString(row["accountName"], accountName)).ToList();

    // The category key is the one this service attaches; a null category (unknown id) counts as missing.
    private static bool HasTypeCategoryAndNonZeroQuantity(JsonObject row) =>
        UpstreamJsonValues.IsPresent(row, "transactionType")
        && UpstreamJsonValues.IsPresent(row, TransactionCategoryNames.CategoryKey)
        && IsNonZeroNumber(row["quantity"]);

    private static bool IsNonZeroNumber(JsonNode? node) =>
        UpstreamJsonValues.TryGetFiniteNumber(node, out var number) && number != 0;
}
