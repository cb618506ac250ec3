using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Tests.V1;

/// <summary>
/// The v1 resources as issue 10 describes them, written out from the raw upstream answers with plain test code (none
/// of the service's mapping is used): signs, groups, names, periods and sums.
/// </summary>
internal static class V1Rules
{
    // ---- raw reading ------------------------------------------------------------------------------------------------

    public static string? Text(JsonNode? row, string key) =>
        row?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.String ? v.GetValue<string>() : null;

    public static bool Flag(JsonNode? row, string key) => row?[key] is JsonValue v && v.GetValueKind() == JsonValueKind.True;

    /// <summary>A number, a numeric string, or null for "NaN" and anything else.</summary>
    public static decimal? Number(JsonNode? node) => node is JsonValue v ? v.GetValueKind() switch
    {
        JsonValueKind.Number => v.GetValue<decimal>(),
        JsonValueKind.String when decimal.TryParse(v.GetValue<string>(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    } : null;

    public static long Id(JsonNode? node) => node!.GetValue<long>();

    public static string? EmptyAsNull(string? text) => string.IsNullOrEmpty(text) ? null : text;

    public static string Wire(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    // ---- accounts ---------------------------------------------------------------------------------------------------

    /// <summary>The eight groups from getAccounts2's productType (and accountTypeGroup for retirement).</summary>
    public static string Group(JsonObject account) => (Text(account, "productType"), Text(account, "accountTypeGroup")) switch
    {
        ("BANK", _) => "cash",
        ("CREDIT_CARD", _) => "credit",
        ("INVESTMENT", "RETIREMENT") => "retirement",
        ("INVESTMENT", _) => "investment",
        ("LOAN", _) => "loan",
        ("MORTGAGE", _) => "mortgage",
        ("OTHER_ASSETS", _) => "other asset",
        _ => "other liability",
    };

    public static JsonArray Accounts(JsonNode accounts2) => new([.. accounts2["accounts"]!.AsArray().Select(a =>
    {
        var account = a!.AsObject();
        var isAsset = Flag(account, "isAsset");
        var balance = Math.Abs(Number(account["balance"]) ?? 0m);
        var refreshed = DateTimeOffset.FromUnixTimeMilliseconds(account["lastRefreshed"]!.GetValue<long>());
        return (JsonNode)new JsonObject
        {
            ["id"] = Id(account["userAccountId"]),
            ["name"] = Text(account, "name"),
            ["institution"] = EmptyAsNull(Text(account, "firmName")),
            ["type"] = Text(account, "accountType"),
            ["group"] = Group(account),
            ["isAsset"] = isAsset,
            ["balance"] = isAsset ? balance : -balance,
            ["currency"] = EmptyAsNull(Text(account, "currency")),
            ["closed"] = !string.IsNullOrEmpty(Text(account, "closedDate")),
            ["lastRefreshed"] = new DateTimeOffset(refreshed.Ticks - refreshed.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero)
                .ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        };
    })]);

    // ---- transactions -----------------------------------------------------------------------------------------------

    public static Dictionary<long, JsonObject> CategoriesById(JsonArray categories) =>
        categories.Select(c => c!.AsObject()).ToDictionary(c => Id(c["transactionCategoryId"]));

    /// <summary>Money in (isCredit) positive, money out negative.</summary>
    public static decimal Signed(JsonObject row) => Flag(row, "isCredit") ? Number(row["amount"])!.Value : -Number(row["amount"])!.Value;

    public static JsonObject Transaction(JsonObject row, Dictionary<long, JsonObject> categories)
    {
        var category = categories.GetValueOrDefault(Id(row["categoryId"]));
        return new JsonObject
        {
            ["id"] = Id(row["userTransactionId"]),
            ["date"] = Text(row, "transactionDate"),
            ["accountId"] = Id(row["userAccountId"]),
            ["accountName"] = Text(row, "accountName"),
            ["description"] = Text(row, "description"),
            ["merchant"] = EmptyAsNull(Text(row, "merchant")),
            ["amount"] = Signed(row),
            ["categoryId"] = Id(row["categoryId"]),
            ["categoryName"] = category is null ? null : Text(category, "name"),
            ["type"] = Text(row, "transactionType"),
            ["pending"] = Text(row, "status") == "pending",
            ["isSpending"] = Flag(row, "isSpending"),
            ["isIncome"] = Flag(row, "isIncome"),
            ["isTransfer"] = category is not null && Text(category, "type") == "TRANSFER",
        };
    }

    // ---- holdings ---------------------------------------------------------------------------------------------------

    public static JsonObject Holding(JsonObject holding)
    {
        var quantity = Number(holding["quantity"]);
        var cost = Number(holding["costBasis"]);
        return new JsonObject
        {
            ["accountId"] = Id(holding["userAccountId"]),
            ["accountName"] = Text(holding, "accountName"),
            ["ticker"] = EmptyAsNull(Text(holding, "ticker")),
            ["description"] = Text(holding, "description"),
            ["quantity"] = quantity,
            ["price"] = Number(holding["price"]),
            ["value"] = Number(holding["value"]),
            ["costBasisTotal"] = cost,
            ["costBasisPerShare"] = cost is { } c && quantity is { } q && q != 0 ? Math.Round(c / q, 4, MidpointRounding.AwayFromZero) : null,
            ["assetClass"] = EmptyAsNull(Text(holding, "holdingType")),
        };
    }

    // ---- histories --------------------------------------------------------------------------------------------------

    /// <summary>The last day of the day/week (Sunday to Saturday)/month <paramref name="date"/> is in.</summary>
    public static DateOnly PeriodEnd(string interval, DateOnly date) => interval switch
    {
        "week" => date.AddDays(6 - (int)date.DayOfWeek),
        "month" => new DateOnly(date.Year, date.Month, 1).AddMonths(1).AddDays(-1),
        _ => date,
    };

    /// <summary>Points dated in [start, end], the last of each period.</summary>
    public static List<JsonObject> LastOfPeriods(JsonArray points, string interval) =>
        [.. points.Select(p => p!.AsObject())
            .GroupBy(p => PeriodEnd(interval, DateOnly.Parse(Text(p, "date")!, CultureInfo.InvariantCulture)))
            .Select(g => g.OrderBy(p => Text(p, "date"), StringComparer.Ordinal).Last())
            .OrderBy(p => Text(p, "date"), StringComparer.Ordinal)];

    public static JsonArray NetWorth(JsonNode histories, string interval) => new([.. LastOfPeriods(histories["networthHistories"]!.AsArray(), interval)
        .Select(p => (JsonNode)new JsonObject
        {
            ["date"] = Text(p, "date"),
            ["assets"] = Number(p["totalAssets"]),
            ["liabilities"] = -Math.Abs(Number(p["totalLiabilities"])!.Value),
            ["netWorth"] = Number(p["networth"]),
        })]);
}
