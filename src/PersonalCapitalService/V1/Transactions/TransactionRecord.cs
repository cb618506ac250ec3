namespace PersonalCapitalService.V1.Transactions;

/// <summary>
/// One row of <c>/v1/transactions</c>. <paramref name="Amount"/> is signed from the account's point of view: money out
/// (a purchase, a payment sent, interest charged) is negative, money in positive, so a column sum is the net flow.
/// </summary>
/// <param name="CategoryId">Null when the row has none; <paramref name="CategoryName"/> is null when the id is unknown.</param>
/// <param name="Type">The upstream's <c>transactionType</c> (Purchase, Refund, Buy, Dividend Received, …).</param>
/// <param name="IsTransfer">The category is a transfer between the owner's own accounts.</param>
public sealed record TransactionRecord(
    long Id,
    DateOnly Date,
    long AccountId,
    string? AccountName,
    string? Description,
    string? Merchant,
    decimal Amount,
    long? CategoryId,
    string? CategoryName,
    string? Type,
    bool Pending,
    bool IsSpending,
    bool IsIncome,
    bool IsTransfer);
