using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class HoldingsTests
{
    private const string Path = "invest/getHoldings";

    private static readonly string[] SevenBoxes = ["Cash", "Intl Bonds", "U.S. Bonds", "Intl Stocks", "U.S. Stocks", "Alternatives", "Unclassified"];

    [Fact]
    public void The_total_is_the_sum_of_the_holdings_and_each_account_balance_is_the_sum_of_its_holdings()
    {
        var api = TestData.Api();
        var spData = TestData.Call(api, Path);
        var holdings = spData["holdings"]!.AsArray().Select(h => h!.AsObject()).ToList();
        var accounts = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts")).ToList();

        Assert.Equal(holdings.Sum(h => h["value"].Number()), spData["holdingsTotalValue"].Number());
        foreach (var account in accounts.Where(a => a.Text("productType") == "INVESTMENT"))
        {
            var own = holdings.Where(h => h["userAccountId"]!.GetValue<long>() == account["userAccountId"]!.GetValue<long>()).ToList();
            Assert.NotEmpty(own);
            Assert.Equal(account["balance"].Number(), own.Sum(h => h["value"].Number()));
            Assert.All(own, h => Assert.Equal(account.Text("name"), h.Text("accountName")));
        }
        Assert.Equal(accounts.Where(a => a.Text("productType") == "INVESTMENT").Sum(a => a["balance"].Number()), spData["holdingsTotalValue"].Number());
    }

    [Fact]
    public void Plan_only_funds_and_NaN_fields_are_present()
    {
        var holdings = TestData.Call(TestData.Api(), Path)["holdings"]!.AsArray().Select(h => h!.AsObject()).ToList();

        Assert.True(holdings.Count(h => h.Text("ticker") == "") >= 2);
        Assert.Contains(holdings, h => h.Any(p => p.Value?.GetValueKind() == JsonValueKind.String && p.Value.GetValue<string>() == "NaN"));
        Assert.Contains(holdings, h => h.Text("accountName").Contains('\u2013'));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("[\"none\"]")]
    public void Without_a_classification_style_there_are_no_classifications(string? styles)
    {
        var spData = styles is null
            ? TestData.Call(TestData.Api(), Path)
            : TestData.Call(TestData.Api(), Path, ("classificationStyles", styles));

        Assert.Empty(spData["classifications"]!.AsArray());
    }

    [Fact]
    public void The_allocation_tree_has_the_seven_boxes_and_adds_up()
    {
        var spData = TestData.Call(TestData.Api(), Path, ("classificationStyles", "[\"allocation\"]"));
        var total = spData["holdingsTotalValue"].Number();
        var tops = spData["classifications"]!.AsArray();

        var top = Assert.Single(tops)!;
        Assert.Equal("allocationSevenBox", top["classificationTypeName"]!.GetValue<string>());
        Assert.Equal(total, top["value"].Number());
        var boxes = top["classifications"]!.AsArray().Select(b => b!.AsObject()).ToList();
        Assert.Equal(SevenBoxes, boxes.Select(b => b.Text("classificationTypeName")));
        Assert.Equal(total, boxes.Sum(b => b["value"].Number()));
        Assert.InRange(boxes.Sum(b => b["percentOfTMV"].Number()), 99.9m, 100.1m);
        Assert.Contains(boxes, b => b.ContainsKey("classifications"));
        Assert.Contains(boxes, b => b.ContainsKey("assets"));
        foreach (var box in boxes)
        {
            Assert.InRange(box["percentOfTMV"].Number(), 0m, 100m);
            Assert.Equal(box["value"].Number(), LeafSum(box));
        }
    }

    [Fact]
    public void All_styles_put_allocation_first_and_add_another_style()
    {
        var spData = TestData.Call(TestData.Api(), Path, ("classificationStyles", "[\"all\"]"));
        var tops = spData["classifications"]!.AsArray();

        Assert.True(tops.Count >= 2);
        Assert.Equal("allocationSevenBox", tops[0]!["classificationTypeName"]!.GetValue<string>());
        Assert.Contains(tops.Skip(1), t => t!["classificationTypeName"]!.GetValue<string>() == "sector");
        Assert.All(tops, t => Assert.Equal(spData["holdingsTotalValue"].Number(), LeafSum(t!.AsObject())));
    }

    [Fact]
    public void An_account_filter_keeps_only_that_account()
    {
        var api = TestData.Api();
        var roth = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts2")).Single(a => a.Text("accountTypeSubtype") == "ROTH");
        var id = roth["userAccountId"]!.GetValue<long>();

        var spData = TestData.Call(api, Path, ("userAccountIds", $"[{id}]"), ("classificationStyles", "[\"allocation\"]"));

        Assert.All(spData["holdings"]!.AsArray(), h => Assert.Equal(id, h!["userAccountId"]!.GetValue<long>()));
        Assert.Equal(roth["balance"].Number(), spData["holdingsTotalValue"].Number());
        Assert.Equal(roth["balance"].Number(), LeafSum(spData["classifications"]![0]!.AsObject()));
    }

    /// <summary>Sum of the asset values at the leaves of a classification node.</summary>
    private static decimal LeafSum(JsonObject node)
    {
        var assets = node["assets"]?.AsArray().Sum(a => a!["value"].Number()) ?? 0m;
        var children = node["classifications"]?.AsArray().Sum(c => LeafSum(c!.AsObject())) ?? 0m;
        if (node["classifications"] is JsonArray inner && inner.Count > 0)
        {
            Assert.Equal(node["value"].Number(), inner.Sum(c => c!["value"].Number()));
        }
        return assets + children;
    }
}
