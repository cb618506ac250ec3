using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Sandbox.Tests.Support;

namespace PersonalCapital.Sandbox.Tests.Protocol;

/// <summary>The data endpoints as a client sees them over HTTP: filters, sums, array parameters, paging, seeds.</summary>
public sealed class DataOverHttpTests
{
    private static readonly DateTimeOffset Noon = new(2026, 5, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Transactions_are_filtered_by_range_and_accounts_newest_first_with_sums_of_the_rows()
    {
        await using var sandbox = await Sandboxes.StartAsync(time: new FakeTimeProvider(Noon));
        using var client = await LoggedInAsync(sandbox);
        var checking = await AccountIdAsync(client, "BANK");

        var answer = await client.PostAsync("api/transaction/getUserTransactions",
            ("startDate", "2026-03-01"), ("endDate", "2026-04-30"), ("userAccountIds", $"[{checking}]"));

        answer.AssertSuccess();
        var rows = Rows(answer.SpData!);
        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(checking, r["userAccountId"]!.GetValue<long>()));
        Assert.All(rows, r => Assert.InRange(Day(r), new DateOnly(2026, 3, 1), new DateOnly(2026, 4, 30)));
        Assert.Equal(rows.Select(Day).OrderByDescending(d => d), rows.Select(Day));
        var moneyIn = rows.Where(r => r["isCashIn"]!.GetValue<bool>()).Sum(Amount);
        var moneyOut = rows.Where(r => r["isCashOut"]!.GetValue<bool>()).Sum(Amount);
        Assert.Equal(moneyIn, Number(answer.SpData!["moneyIn"]));
        Assert.Equal(moneyOut, Number(answer.SpData!["moneyOut"]));
        Assert.Equal(moneyIn - moneyOut, Number(answer.SpData!["netCashflow"]));
    }

    [Fact]
    public async Task Account_ids_may_come_as_a_json_array_as_repeated_fields_or_in_multipart()
    {
        await using var sandbox = await Sandboxes.StartAsync(time: new FakeTimeProvider(Noon));
        using var client = await LoggedInAsync(sandbox);
        var bank = await AccountIdAsync(client, "BANK");
        var card = await AccountIdAsync(client, "CREDIT_CARD");
        (string, string)[] range = [("startDate", "2026-04-01"), ("endDate", "2026-04-30")];

        var json = await client.PostAsync("api/transaction/getUserTransactions", [.. range, ("userAccountIds", $"[{bank},{card}]")]);
        var repeated = await client.PostAsync("api/transaction/getUserTransactions",
            [.. range, ("userAccountIds[]", bank.ToString(CultureInfo.InvariantCulture)), ("userAccountIds[]", card.ToString(CultureInfo.InvariantCulture))]);
        var multipart = await client.PostMultipartAsync("api/transaction/getUserTransactions",
            [.. range, ("apiClient", "WEB"), ("userAccountIds", $"[{bank},{card}]")]);

        var ids = Ids(json.SpData!);
        Assert.NotEmpty(ids);
        Assert.Equal(ids, Ids(repeated.SpData!));
        Assert.Equal(ids, Ids(multipart.SpData!));
        Assert.Equal([bank, card], Rows(json.SpData!).Select(r => r["userAccountId"]!.GetValue<long>()).Distinct().Order());
    }

    [Fact]
    public async Task Paging_is_ignored_by_default_and_honoured_when_switched_on()
    {
        await using var plain = await Sandboxes.StartAsync(time: new FakeTimeProvider(Noon));
        await using var paged = await Sandboxes.StartAsync(o => o.PageTransactions = true, new FakeTimeProvider(Noon));
        using var plainClient = await LoggedInAsync(plain);
        using var pagedClient = await LoggedInAsync(paged);
        (string, string)[] range = [("startDate", "2026-01-01"), ("endDate", "2026-04-30"), ("rows_per_page", "25")];

        var everything = Ids((await plainClient.PostAsync("api/transaction/getUserTransactions", [.. range, ("page", "0")])).SpData!);
        var first = Ids((await pagedClient.PostAsync("api/transaction/getUserTransactions", [.. range, ("page", "0")])).SpData!);
        var second = Ids((await pagedClient.PostAsync("api/transaction/getUserTransactions", [.. range, ("page", "1")])).SpData!);

        Assert.True(everything.Count > 50);
        Assert.Equal(25, first.Count);
        Assert.Equal(everything.Take(50), first.Concat(second));
    }

    // That the same seed and day give the same data is DeterminismTests' job: over HTTP both sandboxes would share
    // one cached dataset, so the comparison could not fail.
    [Fact]
    public async Task Another_seed_gives_other_data()
    {
        async Task<string> TransactionsAsync(int seed)
        {
            await using var sandbox = await Sandboxes.StartAsync(o => o.Seed = seed, new FakeTimeProvider(Noon));
            using var client = await LoggedInAsync(sandbox);
            var answer = await client.PostAsync("api/transaction/getUserTransactions", ("startDate", "2025-01-01"), ("endDate", "2026-05-15"));
            return answer.SpData!.ToJsonString();
        }

        Assert.NotEqual(await TransactionsAsync(7), await TransactionsAsync(8));
    }

    [Fact]
    public async Task Non_ascii_text_is_sent_as_utf8_not_escaped()
    {
        await using var sandbox = await Sandboxes.StartAsync(time: new FakeTimeProvider(Noon));
        using var client = await LoggedInAsync(sandbox);

        var answer = await client.PostAsync("api/newaccount/getAccounts2");

        answer.AssertSuccess();
        Assert.Contains('\u2013', answer.Text);
        Assert.DoesNotContain("\\u2013", answer.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Holdings_carry_classifications_only_when_asked_and_total_their_values()
    {
        await using var sandbox = await Sandboxes.StartAsync(time: new FakeTimeProvider(Noon));
        using var client = await LoggedInAsync(sandbox);

        var none = await client.PostAsync("api/invest/getHoldings");
        var allocation = await client.PostAsync("api/invest/getHoldings", ("classificationStyles", """["allocation"]"""));

        Assert.Empty(none.SpData!["classifications"]!.AsArray());
        var holdings = none.SpData!["holdings"]!.AsArray();
        Assert.Equal(holdings.Sum(h => Number(h!["value"])), Number(none.SpData!["holdingsTotalValue"]));
        var tree = Assert.Single(allocation.SpData!["classifications"]!.AsArray())!;
        Assert.Equal("allocationSevenBox", tree["classificationTypeName"]!.GetValue<string>());
        Assert.Contains(tree["classifications"]!.AsArray(), box => box!["classifications"] is JsonArray { Count: > 0 });
    }

    [Fact]
    public async Task A_malformed_date_is_a_logical_error_without_spData()
    {
        await using var sandbox = await Sandboxes.StartAsync(time: new FakeTimeProvider(Noon));
        using var client = await LoggedInAsync(sandbox);

        var answer = await client.PostAsync("api/transaction/getUserTransactions", ("startDate", "2026-13-01"), ("endDate", "2026-04-30"));

        Assert.False(answer.Success);
        Assert.False(answer.Json!.ContainsKey("spData"));
        Assert.Equal("startDate", answer.Header["errors"]![0]!["details"]!["fieldName"]!.GetValue<string>());
    }

    private static async Task<ScriptedClient> LoggedInAsync(SandboxServer sandbox)
    {
        var client = new ScriptedClient(sandbox.BaseAddress);
        await client.LoginAsync(Sandboxes.Username, Sandboxes.Password, () => Sandboxes.FixedCode);
        return client;
    }

    private static async Task<long> AccountIdAsync(ScriptedClient client, string productType)
    {
        var accounts = await client.PostAsync("api/newaccount/getAccounts2");
        return accounts.SpData!["accounts"]!.AsArray()
            .First(a => a!["productType"]!.GetValue<string>() == productType && a["closedDate"]!.GetValue<string>() == "")!["userAccountId"]!.GetValue<long>();
    }

    private static List<JsonObject> Rows(JsonNode spData) => [.. spData["transactions"]!.AsArray().Select(r => r!.AsObject())];

    private static List<long> Ids(JsonNode spData) => [.. Rows(spData).Select(r => r["userTransactionId"]!.GetValue<long>())];

    private static DateOnly Day(JsonObject row) =>
        DateOnly.ParseExact(row["transactionDate"]!.GetValue<string>(), "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static decimal Amount(JsonObject row) => Number(row["amount"]);

    private static decimal Number(JsonNode? node) => node!.GetValueKind() == System.Text.Json.JsonValueKind.String
        ? decimal.Parse(node.GetValue<string>(), CultureInfo.InvariantCulture)
        : node.GetValue<decimal>();
}
