using System.Globalization;
using System.Text.Json.Nodes;
using PersonalCapital.Sandbox;
using PersonalCapital.Sandbox.Tests.Support;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Routes;

/// <summary>
/// The sandbox's answers as an independent client sees them: the plain protocol speaker of the sandbox tests logs in
/// on its own (goHome, identifyUser, SMS challenge and code, password) and POSTs the data calls the original service
/// made. Expected route bodies are computed from these, never from what the service under test fetched.
/// </summary>
internal sealed class RawUpstream : IDisposable
{
    private readonly ScriptedClient _client;

    private RawUpstream(ScriptedClient client) => _client = client;

    public static async Task<RawUpstream> LogInAsync(SandboxServer sandbox)
    {
        var client = new ScriptedClient(sandbox.BaseAddress);
        try
        {
            await client.LoginAsync(TestSandbox.Username, TestSandbox.Password, () => TestSandbox.Code);
            return new RawUpstream(client);
        }
        catch
        {
            client.Dispose();
            throw;
        }
    }

    /// <summary>
    /// <c>transaction/getUserTransactions</c> for the range, with the original's extra fields but no page size, so an
    /// upstream that can page answers every row at once. A fresh copy on every call: callers may change the rows.
    /// </summary>
    public async Task<List<JsonObject>> TransactionsAsync(DateOnly start, DateOnly end)
    {
        var spData = await SpDataAsync("api/transaction/getUserTransactions",
            ("startDate", Wire(start)), ("endDate", Wire(end)),
            ("sort_cols", "transactionTime"), ("sort_rev", "true"), ("page", "0"), ("component", "DATAGRID"));
        return [.. spData["transactions"]!.AsArray().Select(row => row!.AsObject().DeepClone().AsObject())];
    }

    public async Task<JsonArray> CategoriesAsync() =>
        (await SpDataAsync("api/transactioncategory/getCategories")).AsArray();

    public Task<JsonNode> AccountsAsync() => SpDataAsync("api/newaccount/getAccounts");

    public Task<JsonNode> Accounts2Async() => SpDataAsync("api/newaccount/getAccounts2");

    /// <param name="classificationStyles">A JSON array as text, or null to send no extra field (as /holdings does).</param>
    public Task<JsonNode> HoldingsAsync(string? classificationStyles = null) => classificationStyles is null
        ? SpDataAsync("api/invest/getHoldings")
        : SpDataAsync("api/invest/getHoldings", ("classificationStyles", classificationStyles));

    public Task<JsonNode> AssetClassificationAsync(string sourceAssetId, string userAccountId) =>
        SpDataAsync("api/invest/getAssetClassification",
            ("sourceAssetId", sourceAssetId), ("userAccountId", userAccountId), ("classificationStyles", """["all"]"""));

    /// <summary><c>account/getHistories</c> per day, balances and net worth, as the v1 resources read it.</summary>
    public Task<JsonNode> HistoriesAsync(DateOnly start, DateOnly end) =>
        SpDataAsync("api/account/getHistories",
            ("startDate", Wire(start)), ("endDate", Wire(end)), ("interval", "DAY"), ("intervalType", "DAY"),
            ("types", """["balances","networth"]"""));

    public Task<JsonNode> PerformanceAsync(DateOnly start, DateOnly end) =>
        SpDataAsync("api/account/getPerformanceHistories",
            ("startDate", Wire(start)), ("endDate", Wire(end)), ("interval", "DAY"), ("requireBenchmark", "true"), ("userAccountIds", "[]"));

    public Task<JsonNode> SpendingAsync() =>
        SpDataAsync("api/account/getUserSpending", ("intervalTypes[]", "MONTH"), ("intervalTypes[]", "WEEK"), ("intervalTypes[]", "YEAR"));

    public void Dispose() => _client.Dispose();

    public static string Wire(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private async Task<JsonNode> SpDataAsync(string path, params (string Key, string Value)[] fields)
    {
        var answer = await _client.PostAsync(path, fields);
        answer.AssertSuccess();
        // Parsed again from text, so every node is a fresh, independent copy.
        return JsonNode.Parse(answer.SpData!.ToJsonString())!;
    }
}
