using System.Text.Json.Nodes;

namespace PersonalCapital.Client.Models;

/// <summary><c>transaction/getUserTransactions</c> <c>spData</c> (§6.2), every row of the range however the upstream pages.</summary>
public sealed class TransactionList(JsonObject json) : UpstreamObject(json)
{
    public DateOnly? StartDate => DateValue("startDate");

    public DateOnly? EndDate => DateValue("endDate");

    public decimal? MoneyIn => Decimal("moneyIn");

    public decimal? MoneyOut => Decimal("moneyOut");

    public decimal? NetCashflow => Decimal("netCashflow");

    /// <summary>Newest first, as the upstream sorts them.</summary>
    public IReadOnlyList<Transaction> Transactions => List("transactions", o => new Transaction(o));

    /// <summary>
    /// Takes the row objects out of the list, whole and in order, and empties it, so each row can be placed in another
    /// JSON document (a node has one parent). Entries that are not objects are dropped.
    /// </summary>
    public List<JsonObject> TakeRows()
    {
        if (Json["transactions"] is not JsonArray array)
        {
            return [];
        }
        var rows = array.OfType<JsonObject>().ToList();
        array.Clear();
        return rows;
    }
}

/// <summary>One transaction; amounts are positive, direction comes from the flags.</summary>
public sealed class Transaction(JsonObject json) : UpstreamObject(json)
{
    public long? UserTransactionId => Long("userTransactionId");

    public long? UserAccountId => Long("userAccountId");

    public string? AccountName => String("accountName");

    public DateOnly? TransactionDate => DateValue("transactionDate");

    public decimal? Amount => Decimal("amount");

    public string? Description => String("description");

    /// <summary>Absent on investment and loan-servicing rows.</summary>
    public string? Merchant => String("merchant");

    public string? SimpleDescription => String("simpleDescription");

    public string? Memo => String("memo");

    public long? CategoryId => Long("categoryId");

    /// <summary>Purchase, Refund, Buy, Sell, Dividend Received, Shares In, Contribution, …</summary>
    public string? TransactionType => String("transactionType");

    public decimal? Quantity => Decimal("quantity");

    public string? Symbol => String("symbol");

    public bool? IsSpending => Bool("isSpending");

    public bool? IsCashIn => Bool("isCashIn");

    public bool? IsCashOut => Bool("isCashOut");

    /// <summary>Money came into the account (a deposit, a refund, a card payment received).</summary>
    public bool? IsCredit => Bool("isCredit");

    public bool? IsIncome => Bool("isIncome");

    /// <summary>EXPENSE, INCOME, TRANSFER, …; only in newer answers.</summary>
    public string? CategoryType => String("categoryType");

    /// <summary>posted or pending.</summary>
    public string? Status => String("status");
}

/// <summary>One category of <c>transactioncategory/getCategories</c> (§6.5).</summary>
public sealed class Category(JsonObject json) : UpstreamObject(json)
{
    public long? TransactionCategoryId => Long("transactionCategoryId");

    public string? Name => String("name");

    /// <summary>EXPENSE, INCOME, TRANSFER, UNCATEGORIZED, DEFERRED_COMPENSATION.</summary>
    public string? Type => String("type");

    public bool? IsCustom => Bool("isCustom");
}

/// <summary>One tag of <c>transactiontag/getTags</c>.</summary>
public sealed class Tag(JsonObject json) : UpstreamObject(json)
{
    public long? TagId => Long("tagId");

    public string? TagName => String("tagName");
}
