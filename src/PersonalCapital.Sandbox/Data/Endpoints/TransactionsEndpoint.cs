using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Data.Generation;
using PersonalCapital.Sandbox.Protocol;
using static PersonalCapital.Sandbox.Data.Endpoints.JsonValues;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary>
/// <c>transaction/getUserTransactions</c>: the rows in [startDate, endDate] of the selected accounts, newest first,
/// with the cash-flow sums of exactly the rows returned. Paging fields are always accepted and only honoured when
/// the sandbox is configured to page.
/// </summary>
internal static class TransactionsEndpoint
{
    public static DataResult Handle(DemoDataset data, TransactionEdits edits, FormValues form, bool pageTransactions)
    {
        if (!RequestFields.TryReadDate(form, "startDate", out var requestedStart, out var invalid) ||
            !RequestFields.TryReadDate(form, "endDate", out var requestedEnd, out invalid))
        {
            return invalid!;
        }
        var start = requestedStart ?? data.HistoryStart;
        var end = requestedEnd ?? data.Today;
        var accounts = RequestFields.AccountFilter(form);
        var rows = edits.IsEmpty ? Select(data, start, end, accounts) : SelectEdited(data, edits, start, end, accounts);

        var rowsPerPage = RequestFields.Integer(form, "rows_per_page", 0);
        if (pageTransactions && rowsPerPage > 0)
        {
            var page = Math.Max(0, RequestFields.Integer(form, "page", 0));
            var skip = (int)Math.Min(rows.Count, (long)page * rowsPerPage);
            rows = rows.GetRange(skip, Math.Min(rowsPerPage, rows.Count - skip));
        }

        var intervalType = form.Get("intervalType") is { Length: > 0 } requested ? requested : "MONTH";
        return DataResult.Ok(Write(data, rows, intervalType, start, end));
    }

    /// <summary>Rows of the range and accounts, newest first; same-day rows by descending id.</summary>
    private static List<DemoTransaction> Select(DemoDataset data, DateOnly start, DateOnly end, HashSet<long>? accounts)
    {
        var (from, to) = data.TransactionRange(start, end);
        var rows = new List<DemoTransaction>(to - from);
        for (var i = to - 1; i >= from; i--)
        {
            var row = data.Transactions[i];
            if (accounts is null || accounts.Contains(row.Account.UserAccountId))
            {
                rows.Add(row);
            }
        }
        return rows;
    }

    /// <summary>The same over the rows as this sandbox's control routes changed them.</summary>
    private static List<DemoTransaction> SelectEdited(DemoDataset data, TransactionEdits edits, DateOnly start, DateOnly end, HashSet<long>? accounts) =>
        [.. edits.Apply(data.Transactions)
            .Where(r => r.Date >= start && r.Date <= end && (accounts is null || accounts.Contains(r.Account.UserAccountId)))
            .Reverse()];

    /// <summary>
    /// Written with a <see cref="Utf8JsonWriter"/> and parsed back: tens of thousands of rows become a lazily built
    /// node that serializes straight from its buffer, yet stays a normal mutable <see cref="JsonNode"/>.
    /// </summary>
    private static JsonNode Write(DemoDataset data, List<DemoTransaction> rows, string intervalType, DateOnly start, DateOnly end)
    {
        decimal moneyIn = 0m, moneyOut = 0m;
        foreach (var row in rows)
        {
            moneyIn += row.Flags.IsCashIn ? row.Amount : 0m;
            moneyOut += row.Flags.IsCashOut ? row.Amount : 0m;
        }
        var months = Periods.MonthsSpanned(start, end);

        var buffer = new ArrayBufferWriter<byte>(4096 + rows.Count * 1200);
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("intervalType", intervalType);
            writer.WriteString("startDate", Date(start));
            writer.WriteString("endDate", Date(end));
            WriteMoney(writer, "moneyIn", moneyIn);
            WriteMoney(writer, "moneyOut", moneyOut);
            WriteMoney(writer, "netCashflow", moneyIn - moneyOut);
            WriteMoney(writer, "averageIn", moneyIn / months);
            WriteMoney(writer, "averageOut", moneyOut / months);
            writer.WriteStartArray("transactions");
            var newSince = data.Today.AddDays(-7);
            foreach (var row in rows)
            {
                WriteRow(writer, row, row.Date >= newSince);
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        // Parsing the written memory in place (no copy); the document is left to the GC with the node that wraps it.
        var document = JsonDocument.Parse(buffer.WrittenMemory);
        return JsonObject.Create(document.RootElement)!;
    }

    private static void WriteRow(Utf8JsonWriter writer, DemoTransaction row, bool isNew)
    {
        var account = row.Account;
        var category = CategoryCatalog.Find(row.CategoryId);
        writer.WriteStartObject();
        writer.WriteNumber("userTransactionId", row.UserTransactionId);
        writer.WriteNumber("userAccountId", account.UserAccountId);
        writer.WriteString("accountId", account.AccountId);
        writer.WriteString("accountName", account.Name);
        writer.WriteString("transactionDate", Date(row.Date));
        WriteMoney(writer, "amount", row.Amount);
        switch (row.OriginalAmount)
        {
            case OriginalAmountStyle.SameAsAmount:
                WriteMoney(writer, "originalAmount", row.Amount);
                break;
            case OriginalAmountStyle.NaN:
                writer.WriteString("originalAmount", NaN);
                break;
        }
        writer.WriteString("currency", "USD");
        writer.WriteString("description", row.Description);
        writer.WriteString("originalDescription", row.OriginalDescription);
        writer.WriteString("simpleDescription", row.Description);
        if (row.Merchant is not null)
        {
            writer.WriteString("merchant", row.Merchant);
            writer.WriteString("merchantId", StableHash.MerchantId(row.Merchant));
            writer.WriteString("merchantType", row.MerchantType);
        }
        if (row.Investment is { } investment)
        {
            writer.WriteString("symbol", investment.Symbol);
            writer.WriteString("cusipNumber", investment.Cusip);
            writer.WriteString("holdingType", investment.HoldingType);
            writer.WriteNumber("quantity", Plain(investment.Quantity));
            writer.WriteNumber("price", Plain(investment.Price));
            WriteMoney(writer, "netCost", investment.InvestmentType == "Buy" ? row.Amount : 0m);
            writer.WriteString("investmentType", investment.InvestmentType);
        }
        writer.WriteNumber("categoryId", row.CategoryId);
        writer.WriteNumber("originalCategoryId", row.CategoryId);
        if (category is not null)
        {
            writer.WriteString("categoryName", category.Name);
            writer.WriteString("categoryType", category.Type);
        }
        writer.WriteString("transactionType", row.Type.Name);
        writer.WriteNumber("transactionTypeId", row.Type.Id);
        if (row.SubType is not null)
        {
            writer.WriteString("subType", row.SubType);
        }
        writer.WriteString("status", row.IsPending ? "pending" : "posted");
        writer.WriteString("resultType", row.IsPending ? "" : "aggregated");
        var flags = row.Flags;
        writer.WriteBoolean("isCredit", flags.IsCredit);
        writer.WriteBoolean("isCashIn", flags.IsCashIn);
        writer.WriteBoolean("isCashOut", flags.IsCashOut);
        writer.WriteBoolean("isIncome", flags.IsIncome);
        writer.WriteBoolean("isSpending", flags.IsSpending);
        writer.WriteBoolean("isInterest", flags.IsInterest);
        writer.WriteBoolean("isCost", false);
        writer.WriteBoolean("isDuplicate", false);
        writer.WriteBoolean("isEditable", true);
        writer.WriteBoolean("isNew", isNew);
        writer.WriteBoolean("hasViewed", !isNew);
        writer.WriteBoolean("includeInCashManager", row.Investment is null);
        if (row.Investment is null)
        {
            writer.WriteNumber("price", 0);
        }
        if (row.RunningBalance is { } running)
        {
            WriteMoney(writer, "runningBalance", running);
        }
        writer.WriteStartObject("customTags");
        WriteIds(writer, "systemTags", row.SystemTags);
        WriteIds(writer, "userTags", row.UserTags);
        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter writer, string name, IReadOnlyList<int> ids)
    {
        writer.WriteStartArray(name);
        foreach (var id in ids)
        {
            writer.WriteNumberValue(id);
        }
        writer.WriteEndArray();
    }

    private static void WriteMoney(Utf8JsonWriter writer, string name, decimal value) =>
        writer.WriteNumber(name, Plain(Math.Round(value, 2)));
}
