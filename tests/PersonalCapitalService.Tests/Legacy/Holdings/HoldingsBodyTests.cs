using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Holdings;

namespace PersonalCapitalService.Tests.Legacy.Holdings;

public class HoldingsBodyTests
{
    private const string Accounts2 = """
        {"accounts": [
          {"name": "Example Corp 401(k)", "accountTypeNew": "401K", "accountTypeSubtype": "TRADITIONAL"},
          {"name": "Example Corp 401(k)", "accountTypeNew": "SHADOWED", "accountTypeSubtype": "LATER"},
          {"name": "Roth \u2013 Brokerage\u00AE", "accountTypeNew": "IRA", "accountTypeSubtype": ""},
          {"name": "Null Type", "accountTypeNew": null, "accountTypeSubtype": null},
          {"name": "Missing Subtype", "accountTypeNew": "INVESTMENT"},
          {"name": "Subtype Only", "accountTypeSubtype": "ROTH"},
          {"accountTypeNew": "NAMELESS"},
          3
        ]}
        """;

    [Fact]
    public async Task The_original_steps_produce_the_hand_worked_body()
    {
        var holdingsSpData = JsonNode.Parse("""
            {
              "holdingsTotalValue": 137818.59,
              "classifications": [{"classificationTypeName": "allocationSevenBox"}],
              "otherTopLevel": {"note": "kept \u2013 untouched"},
              "holdings": [
                {
                  "userAccountId": 30001236, "accountName": "Example Corp 401(k)", "ticker": "VTSAX", "originalTicker": "VTSAX",
                  "cusip": "922908728", "originalCusip": "922908728", "description": "Vanguard\u00AE Total \u2013 Admiral",
                  "originalDescription": "VANGUARD TOTAL", "type": "Mutual Fund", "holdingType": "Fund",
                  "quantity": 812.4411, "price": 142.37, "value": 115667.240, "costBasis": 90210.55, "holdingPercentage": 83.93,
                  "oneDayPercentChange": -0.41, "oneDayValueChange": -476.13, "change": -0.59, "fundFees": 0.04,
                  "feesPerYear": 46.27, "source": "YODLEE", "sourceAssetId": "VTSAX", "priceSource": "MARKET",
                  "external": "false", "currency": "USD", "exchange": "NASDAQ", "marketType": 1,
                  "manualClassification": "UNCLASSIFIED", "isMarketMover": false, "valueSortIndex": 0, "changeSortIndex": 1,
                  "oneDayPercentChangeSortIndex": 1, "oneDayValueChangeSortIndex": 1, "tradingRatio": 1, "taxCost": 0,
                  "status": "x", "nested": {"note": "a\u2013b", "list": ["c\u00AE", 1]}
                },
                {
                  "userAccountId": 30001236, "accountName": "Example Corp 401(k)", "ticker": "", "description": "Stable Value",
                  "sourceAssetId": "SRC\u20132", "value": 22151.35, "fundFees": "NaN"
                },
                {"userAccountId": "30001237", "accountName": "Roth \u2013 Brokerage\u00AE", "sourceAssetId": "SRC3", "value": 1},
                {"ticker": null, "description": "no account name"},
                {"accountName": "Unknown Account", "ticker": "AAA"},
                {"accountName": "Null Type", "ticker": "BBB"},
                {"accountName": "Missing Subtype", "ticker": "CCC"},
                {"accountName": "Subtype Only", "ticker": "DDD"},
                {"accountName": null, "ticker": 123},
                "a loose \u2013 string"
              ]
            }
            """);
        var symbols = new Dictionary<string, string?> { ["SRC\u20132"] = "STBL\u00AE", ["SRC3"] = null };
        var calls = new List<(string?, long?)>();

        var body = await HoldingsBody.BuildAsync(holdingsSpData, JsonNode.Parse(Accounts2), (id, account, _) =>
        {
            calls.Add((id, account));
            return Task.FromResult(id is null ? "FROM-NULL" : symbols[id]);
        }, CancellationToken.None);

        var expected = JsonNode.Parse("""
            {
              "otherTopLevel": {"note": "kept \u2013 untouched"},
              "holdings": [
                {
                  "accountName": "Example Corp 401(k)", "ticker": "VTSAX", "cusip": "922908728",
                  "description": "Vanguard Total - Admiral", "type": "Mutual Fund",
                  "quantity": 812.4411, "price": 142.37, "value": 115667.24, "costBasis": 90210.55, "holdingPercentage": 83.93,
                  "change": -0.59, "currency": "USD", "nested": {"note": "a-b", "list": ["c", 1]},
                  "accountType": "401K - TRADITIONAL"
                },
                {
                  "accountName": "Example Corp 401(k)", "ticker": "STBL", "description": "Stable Value", "value": 22151.35,
                  "accountType": "401K - TRADITIONAL"
                },
                {"accountName": "Roth - Brokerage", "value": 1, "ticker": "CASH", "accountType": "IRA - "},
                {"ticker": "FROM-NULL", "description": "no account name", "accountType": ""},
                {"accountName": "Unknown Account", "ticker": "AAA", "accountType": ""},
                {"accountName": "Null Type", "ticker": "BBB", "accountType": ""},
                {"accountName": "Missing Subtype", "ticker": "CCC", "accountType": "INVESTMENT"},
                {"accountName": "Subtype Only", "ticker": "DDD", "accountType": " - ROTH"},
                {"accountName": null, "ticker": 123, "accountType": ""},
                "a loose - string"
              ]
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
        // Looked up in order, only for missing/empty tickers, with the upstream's own (uncleaned) ids.
        Assert.Equal([("SRC\u20132", 30001236L), ("SRC3", 30001237L), (null, null)], calls);
        Assert.Contains("115667.240", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inputs_are_not_modified()
    {
        var holdingsSpData = JsonNode.Parse("""{"holdingsTotalValue": 1, "holdings": [{"accountName": "A\u2013B", "ticker": "", "status": "x"}]}""")!;
        var accounts2 = JsonNode.Parse(Accounts2)!;
        var holdingsBefore = holdingsSpData.ToJsonString();
        var accountsBefore = accounts2.ToJsonString();

        await HoldingsBody.BuildAsync(holdingsSpData, accounts2, (_, _, _) => Task.FromResult<string?>("T"), CancellationToken.None);

        Assert.Equal(holdingsBefore, holdingsSpData.ToJsonString());
        Assert.Equal(accountsBefore, accounts2.ToJsonString());
    }

    [Theory]
    [InlineData(null, """{"holdings": []}""")]
    [InlineData("""{}""", """{"holdings": []}""")]
    [InlineData("""{"holdingsTotalValue": 0, "classifications": []}""", """{"holdings": []}""")]
    [InlineData("""{"holdings": null, "extra": 1}""", """{"holdings": [], "extra": 1}""")]
    [InlineData("""{"holdings": {"ticker": "A"}}""", """{"holdings": []}""")]
    [InlineData("""[1, 2]""", """{"holdings": []}""")]
    public async Task Missing_holdings_become_an_empty_list(string? spData, string expected)
    {
        var body = await HoldingsBody.BuildAsync(
            spData is null ? null : JsonNode.Parse(spData), null, (_, _, _) => Task.FromResult<string?>("T"), CancellationToken.None);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), body), body.ToJsonString());
    }

    [Theory]
    // An empty symbol from the lookup is kept as given; only "no symbol" means cash.
    [InlineData("""{"ticker": ""}""", "", "")]
    [InlineData("""{"ticker": ""}""", null, "CASH")]
    [InlineData("""{}""", "VFIAX", "VFIAX")]
    // Cleanup comes first, so a ticker that cleans to "" is looked up.
    [InlineData("""{"ticker": "\u00AE"}""", "LOOKED-UP", "LOOKED-UP")]
    [InlineData("""{"ticker": " "}""", "LOOKED-UP", " ")]
    public async Task Ticker_back_fill(string holding, string? symbol, string expectedTicker)
    {
        var spData = new JsonObject { ["holdings"] = new JsonArray(JsonNode.Parse(holding)) };

        var body = await HoldingsBody.BuildAsync(spData, null, (_, _, _) => Task.FromResult(symbol), CancellationToken.None);

        Assert.Equal(expectedTicker, body["holdings"]![0]!["ticker"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_accounts2_every_account_type_is_empty()
    {
        var spData = JsonNode.Parse("""{"holdings": [{"accountName": "Example Corp 401(k)", "ticker": "A"}]}""");

        var body = await HoldingsBody.BuildAsync(spData, JsonNode.Parse("""{"accounts": null}"""), (_, _, _) => Task.FromResult<string?>(null), CancellationToken.None);

        Assert.Equal("", body["holdings"]![0]!["accountType"]!.GetValue<string>());
    }

    [Fact]
    public async Task The_cancellation_token_reaches_the_lookup_and_its_failure_propagates()
    {
        using var cancellation = new CancellationTokenSource();
        var spData = JsonNode.Parse("""{"holdings": [{"ticker": ""}]}""");
        CancellationToken seen = default;

        await Assert.ThrowsAsync<InvalidOperationException>(() => HoldingsBody.BuildAsync(spData, null, (_, _, token) =>
        {
            seen = token;
            throw new InvalidOperationException("lookup failed");
        }, cancellation.Token));

        Assert.Equal(cancellation.Token, seen);
    }

    [Fact]
    public void The_holdings_ignore_list_is_exactly_the_originals()
    {
        string[] fromSpec =
        [
            "marketType", "status", "holdingType", "originalDescription", "manualClassification", "isMarketMover",
            "changeSortIndex", "oneDayValueChangeSortIndex", "oneDayPercentChangeSortIndex", "oneDayValueChange",
            "oneDayPercentChange", "source", "sourceAssetId", "feesPerYear", "external", "userAccountId",
            "priceSource", "valueSortIndex", "exchange", "originalCusip", "originalTicker", "tradingRatio",
            "fundFees", "taxCost",
        ];

        Assert.True(HoldingCleanup.IgnoredKeys.SetEquals(fromSpec));
    }
}
