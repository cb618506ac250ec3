using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Data;
using PersonalCapital.Sandbox.Protocol;

namespace PersonalCapital.Sandbox.Tests.Data;

/// <summary>Shared datasets (generation is deterministic, so one per options is enough) and wire-like calls.</summary>
internal static class TestData
{
    public static readonly DateOnly Today = new(2026, 3, 31);

    public static DemoDataset Dataset(DateOnly? today = null, int years = 3, int volume = 1, int seed = DemoDataOptions.DefaultSeed) =>
        DemoDataset.GetOrGenerate(new DemoDataOptions(seed, years, volume, today ?? Today));

    public static DataApi Api(DateOnly? today = null, bool pageTransactions = false, int years = 3) =>
        new(Dataset(today, years), pageTransactions);

    public static FormValues Form(params (string Key, string Value)[] fields) =>
        new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

    /// <summary>Calls a path and returns spData as the client will see it: serialized, then parsed again.</summary>
    public static JsonNode Call(DataApi api, string path, params (string Key, string Value)[] fields)
    {
        var result = api.Handle(path, Form(fields));
        Assert.True(result.IsSuccess, $"{path} failed: {result.Error}");
        return JsonNode.Parse(result.SpData!.ToJsonString())!;
    }

    public static string Serialized(DataApi api, string path, params (string Key, string Value)[] fields) =>
        api.Handle(path, Form(fields)).SpData!.ToJsonString();

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDate(JsonNode? node) => DateOnly.ParseExact(node!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>Every transaction of the dataset, newest first, as JSON objects.</summary>
    public static List<JsonObject> AllTransactions(DataApi api) =>
        Transactions(Call(api, "transaction/getUserTransactions", ("startDate", ""), ("endDate", Date(api.Data.Today))));

    public static List<JsonObject> Transactions(JsonNode spData) =>
        [.. spData["transactions"]!.AsArray().Select(t => t!.AsObject())];

    public static string Text(this JsonObject row, string name) => row[name]?.GetValue<string>() ?? "";

    public static bool Flag(this JsonObject row, string name) => row[name]!.GetValue<bool>();

    public static decimal Number(this JsonNode? node) => node!.GetValueKind() == JsonValueKind.String
        ? throw new InvalidOperationException($"expected a number, got \"{node.GetValue<string>()}\"")
        : node.GetValue<decimal>();

    public static decimal Amount(this JsonObject row) => row["amount"].Number();

    /// <summary>The quantity of an investment row, or null when the row has none.</summary>
    public static decimal? Quantity(this JsonObject row) => row["quantity"] is { } quantity ? quantity.Number() : null;

    public static DateOnly Day(this JsonObject row) => ParseDate(row["transactionDate"]);

    public static IEnumerable<JsonObject> Accounts(JsonNode accountsSpData) => accountsSpData["accounts"]!.AsArray().Select(a => a!.AsObject());
}
