using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class AssetClassificationTests
{
    private const string Path = "invest/getAssetClassification";

    /// <summary>What the service does: portfolioComponents[0].symbol, or "CASH" when there is none.</summary>
    private static string TickerFor(JsonNode spData) =>
        spData["portfolioComponents"] is JsonArray { Count: > 0 } components ? components[0]!["symbol"]!.GetValue<string>() : "CASH";

    [Fact]
    public void Holdings_without_ticker_reach_both_the_symbol_and_the_cash_fallback()
    {
        var api = TestData.Api();
        var untickered = TestData.Call(api, "invest/getHoldings")["holdings"]!.AsArray()
            .Select(h => h!.AsObject()).Where(h => h.Text("ticker") == "").ToList();

        var answers = untickered.Select(h => TestData.Call(api, Path, ("sourceAssetId", h.Text("sourceAssetId")),
            ("userAccountId", h["userAccountId"]!.ToJsonString()), ("classificationStyles", "[\"all\"]"))).ToList();

        Assert.Contains(answers, a => TickerFor(a) != "CASH" && TickerFor(a).Length > 0);
        Assert.Contains(answers, a => TickerFor(a) == "CASH");
        Assert.Contains(answers, a => a["portfolioComponents"] is null);
        Assert.Contains(answers, a => a["portfolioComponents"] is JsonArray { Count: 0 });
    }

    [Fact]
    public void A_holding_with_a_ticker_answers_with_its_own_ticker()
    {
        var api = TestData.Api();
        var holding = TestData.Call(api, "invest/getHoldings")["holdings"]!.AsArray()
            .Select(h => h!.AsObject()).First(h => h.Text("ticker") != "");

        var spData = TestData.Call(api, Path, ("sourceAssetId", holding.Text("sourceAssetId")),
            ("userAccountId", holding["userAccountId"]!.ToJsonString()));

        Assert.Equal(holding.Text("ticker"), TickerFor(spData));
        Assert.Equal(100m, spData["portfolioComponents"]![0]!["percentage"].Number());
    }

    [Fact]
    public void A_missing_source_asset_id_is_a_request_error()
    {
        var result = TestData.Api().Handle(Path, TestData.Form(("userAccountId", "30001234")));

        Assert.False(result.IsSuccess);
        Assert.Equal("sourceAssetId", result.Error!.FieldName);
    }
}
