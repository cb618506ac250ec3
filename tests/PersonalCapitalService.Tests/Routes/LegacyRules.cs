using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// legacy-routes.md written out as plain test code, from the text of the spec and nothing else (the service's own
/// helpers are not used): ranges, the category key, the cleanup list, the row filters, the 401k(match) procedure and
/// the accounts, holdings and classifications bodies. Only what the sandbox's well-formed data needs is handled.
/// </summary>
internal static class LegacyRules
{
    // ---- ranges -------------------------------------------------------------------------------------------------

    /// <summary>{numDays}: today − (numDays + 1) days to today − 1 day.</summary>
    public static (DateOnly Start, DateOnly End) LastDays(DateOnly today, int numDays) =>
        (today.AddDays(-(numDays + 1)), today.AddDays(-1));

    /// <summary>lastmonth: first to last day of the previous calendar month.</summary>
    public static (DateOnly Start, DateOnly End) LastMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(-1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>thismonth: first to last day of the current calendar month.</summary>
    public static (DateOnly Start, DateOnly End) ThisMonth(DateOnly today)
    {
        var first = new DateOnly(today.Year, today.Month, 1);
        return (first, first.AddMonths(1).AddDays(-1));
    }

    /// <summary>all (expenses only): the {numDays} range with numDays = 9999.</summary>
    public static (DateOnly Start, DateOnly End) All(DateOnly today) => LastDays(today, 9999);

    // ---- category and cleanup -----------------------------------------------------------------------------------

    public static readonly string[] TransactionIgnoreList =
    [
        "accountId", "hasViewed", "currency", "isDuplicate", "isEditable", "isNew", "isCredit", "merchantId",
        "netCost", "originalDescription", "simpleDescription", "userAccountId", "originalAmount", "runningBalance",
        "isCost", "includeInCashManager", "merchant", "transactionTypeId", "status",
    ];

    /// <summary>Every row gets <c>category</c>: the name of the category with its categoryId, or null when none has it.</summary>
    public static void AddCategoryNames(List<JsonObject> rows, JsonArray categories)
    {
        foreach (var row in rows)
        {
            var id = row["categoryId"]!.GetValue<long>();
            var match = categories.Select(c => c!.AsObject()).FirstOrDefault(c => c["transactionCategoryId"]!.GetValue<long>() == id);
            row["category"] = match?["name"]?.GetValue<string>();
        }
    }

    public static void Cleanup(List<JsonObject> rows)
    {
        foreach (var row in rows)
        {
            foreach (var key in TransactionIgnoreList)
            {
                row.Remove(key);
            }
        }
    }

    // ---- filters ------------------------------------------------------------------------------------------------

    public static List<JsonObject> Expenses(List<JsonObject> rows) =>
        [.. rows.Where(r => Bool(r, "isSpending") == true && Bool(r, "isCashIn") == false)];

    public static List<JsonObject> Investment(List<JsonObject> rows, string transactionType) =>
        [.. rows.Where(r => Text(r, "transactionType") == transactionType)];

    public static List<JsonObject> Shares(List<JsonObject> rows, string transactionType) =>
        [.. Investment(rows, transactionType).Where(r =>
            Number(r, "amount") is { } amount && amount != 0
            && Number(r, "quantity") is { } quantity && quantity != 0
            && Text(r, "description") is { } description && !description.Contains("transfer In", StringComparison.Ordinal))];

    public static List<JsonObject> Dividends(List<JsonObject> rows, string segment) =>
        Investment(rows, segment == "received" ? "Dividend Received" : "Reinvest Dividend");

    public static List<JsonObject> Rollover(List<JsonObject> rows) =>
        [.. HasTypeCategoryAndQuantity(rows).Where(r => Text(r, "transactionType") == "Adjusted Sell" && Text(r, "category") == "Securities Trades")];

    public static List<JsonObject> All401k(List<JsonObject> rows) =>
        [.. HasTypeCategoryAndQuantity(rows).Where(r => Text(r, "transactionType") == "Contribution" || Text(r, "category") == "Retirement Contributions")];

    /// <summary>401k(all), then the spec's procedure, line by line.</summary>
    public static List<JsonObject> Match401k(List<JsonObject> rows)
    {
        var l = All401k(rows);
        var c = new List<JsonObject>(l);
        var length = c.Count;
        for (var i = length - 1; i >= 0; i--)
        {
            var first = c[i];
            for (var j = 0; j < c.Count; j++)
            {
                var check = c[j];
                if (first["userTransactionId"]!.GetValue<long>() == check["userTransactionId"]!.GetValue<long>())
                {
                    continue;
                }
                if (Text(first, "description") == Text(check, "description")
                    && Text(first, "transactionDate") == Text(check, "transactionDate")
                    && Number(first, "amount") <= Number(check, "amount"))
                {
                    c.RemoveAt(j);
                    l.RemoveAt(j);
                    break;
                }
            }
        }
        return l;
    }

    public static List<JsonObject> Account(List<JsonObject> rows, string accountName) =>
        [.. rows.Where(r => Text(r, "accountName") == accountName)];

    // ---- accounts, holdings, classifications ---------------------------------------------------------------------

    public static string CleanText(string text) => text.Replace("\u2013", "-", StringComparison.Ordinal).Replace("\u00AE", "", StringComparison.Ordinal);

    public static JsonObject AccountsBody(JsonNode accounts) => new()
    {
        ["networth"] = accounts["networth"]!.DeepClone(),
        ["accounts"] = new JsonArray([.. accounts["accounts"]!.AsArray().Select(a => (JsonNode)new JsonObject
        {
            ["name"] = CleanText(a!["name"]!.GetValue<string>()),
            ["balance"] = a["balance"]!.DeepClone(),
        })]),
    };

    public static readonly string[] HoldingIgnoreList =
    [
        "marketType", "status", "holdingType", "originalDescription", "manualClassification", "isMarketMover",
        "changeSortIndex", "oneDayValueChangeSortIndex", "oneDayPercentChangeSortIndex", "oneDayValueChange",
        "oneDayPercentChange", "source", "sourceAssetId", "feesPerYear", "external", "userAccountId", "priceSource",
        "valueSortIndex", "exchange", "originalCusip", "originalTicker", "tradingRatio", "fundFees", "taxCost",
    ];

    /// <param name="holdings">getHoldings spData, asked with no extra field.</param>
    /// <param name="accounts2">getAccounts2 spData.</param>
    /// <param name="classify">(sourceAssetId, userAccountId) → getAssetClassification spData.</param>
    public static async Task<JsonObject> HoldingsBodyAsync(JsonNode holdings, JsonNode accounts2, Func<string, string, Task<JsonNode>> classify)
    {
        var body = new JsonObject();
        foreach (var (key, value) in holdings.AsObject())
        {
            if (key is not ("classifications" or "holdingsTotalValue"))
            {
                body[key] = value?.DeepClone();
            }
        }
        var list = body["holdings"]!.AsArray();
        CleanEveryString(list);
        foreach (var holding in list.Select(h => h!.AsObject()))
        {
            if (Text(holding, "ticker") is null or "")
            {
                var classification = await classify(holding["sourceAssetId"]!.GetValue<string>(), holding["userAccountId"]!.ToJsonString());
                holding["ticker"] = classification["portfolioComponents"] is JsonArray { Count: > 0 } components
                    && components[0]!["symbol"] is { } symbol
                        ? symbol.GetValue<string>()
                        : "CASH";
            }
            foreach (var key in HoldingIgnoreList)
            {
                holding.Remove(key);
            }
            holding["accountType"] = AccountType(holding, accounts2);
        }
        return body;
    }

    /// <param name="holdings">getHoldings spData, asked with classificationStyles=["allocation"].</param>
    public static JsonObject ClassificationsBody(JsonNode holdings)
    {
        static JsonObject Entry(JsonNode node) => new()
        {
            ["type"] = node["classificationTypeName"]!.DeepClone(),
            // Python float division, as the original's.
            ["percentOfTotal"] = node["percentOfTMV"]!.GetValue<double>() / 100,
            ["value"] = node["value"]!.DeepClone(),
        };

        var allocations = new JsonArray();
        foreach (var node in holdings["classifications"]![0]!["classifications"]!.AsArray())
        {
            var entry = Entry(node!);
            if (node!["classifications"] is JsonArray { Count: > 0 } children)
            {
                entry["inner_types"] = new JsonArray([.. children.Select(child => (JsonNode)Entry(child!))]);
            }
            allocations.Add(entry);
        }
        return new JsonObject { ["allocations"] = allocations };
    }

    private static string AccountType(JsonObject holding, JsonNode accounts2)
    {
        if (Text(holding, "accountName") is not { } accountName)
        {
            return "";
        }
        var account = accounts2["accounts"]!.AsArray().Select(a => a!.AsObject())
            .FirstOrDefault(a => CleanText(a["name"]!.GetValue<string>()) == accountName);
        if (account is null)
        {
            return "";
        }
        var accountType = Text(account, "accountTypeNew") ?? "";
        if (Text(account, "accountTypeSubtype") is { } subtype)
        {
            accountType += " - " + subtype;
        }
        return accountType;
    }

    private static void CleanEveryString(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var key in obj.Select(p => p.Key).ToList())
                {
                    if (obj[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        obj[key] = CleanText(value.GetValue<string>());
                    }
                    else
                    {
                        CleanEveryString(obj[key]);
                    }
                }
                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    if (array[i] is JsonValue value && value.GetValueKind() == JsonValueKind.String)
                    {
                        array[i] = CleanText(value.GetValue<string>());
                    }
                    else
                    {
                        CleanEveryString(array[i]);
                    }
                }
                break;
        }
    }

    // ---- reading rows: absent and JSON null are both "missing" --------------------------------------------------

    private static IEnumerable<JsonObject> HasTypeCategoryAndQuantity(List<JsonObject> rows) =>
        rows.Where(r => r["transactionType"] is not null && r["category"] is not null && Number(r, "quantity") is { } q && q != 0);

    public static string? Text(JsonObject row, string key) =>
        row[key] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    public static bool? Bool(JsonObject row, string key) => row[key]?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    public static decimal? Number(JsonObject row, string key) =>
        row[key] is JsonValue value && value.GetValueKind() == JsonValueKind.Number
            ? decimal.Parse(value.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture)
            : null;
}
