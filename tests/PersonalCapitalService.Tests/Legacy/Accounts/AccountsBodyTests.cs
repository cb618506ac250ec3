using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Accounts;

namespace PersonalCapitalService.Tests.Legacy.Accounts;

public class AccountsBodyTests
{
    [Fact]
    public void Names_are_cleaned_and_balances_and_networth_copied_as_is_in_upstream_order()
    {
        var spData = JsonNode.Parse("""
            {
              "networth": 141817.330, "assets": 143052.76, "liabilities": 1235.43,
              "accounts": [
                {"userAccountId": 1, "name": "Brokerage \u2013 Ending in 1234", "balance": 1234.50, "firmName": "X"},
                {"userAccountId": 2, "name": "Acme\u00AE Rewards Visa", "balance": "NaN"},
                {"userAccountId": 3, "name": "Em \u2014 dash", "balance": "12.30"},
                7,
                {"userAccountId": 4, "balance": 3},
                {"userAccountId": 5, "name": 42, "balance": null},
                {"userAccountId": 6, "name": "Zero"}
              ]
            }
            """);

        var body = AccountsBody.Build(spData);

        var expected = JsonNode.Parse("""
            {
              "networth": 141817.33,
              "accounts": [
                {"name": "Brokerage - Ending in 1234", "balance": 1234.5},
                {"name": "Acme Rewards Visa", "balance": "NaN"},
                {"name": "Em \u2014 dash", "balance": "12.30"},
                {"name": null, "balance": 3},
                {"name": 42, "balance": null},
                {"name": "Zero", "balance": null}
              ]
            }
            """);
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
    }

    [Fact]
    public void Numbers_keep_their_upstream_text()
    {
        var body = AccountsBody.Build(JsonNode.Parse("""{"networth": 141817.330, "accounts": [{"name": "A", "balance": 1234.50}]}"""));

        var json = body.ToJsonString();
        Assert.Contains("141817.330", json, StringComparison.Ordinal);
        Assert.Contains("1234.50", json, StringComparison.Ordinal);
    }

    [Fact]
    public void The_input_is_not_modified()
    {
        const string upstream = """{"networth":1,"accounts":[{"name":"A\u2013B","balance":2}]}""";
        var spData = JsonNode.Parse(upstream)!;
        var before = spData.ToJsonString();

        AccountsBody.Build(spData);

        Assert.Equal(before, spData.ToJsonString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{}""")]
    [InlineData("""{"accounts": null}""")]
    [InlineData("""{"accounts": {"name": "A"}}""")]
    [InlineData("""[1, 2]""")]
    public void Missing_parts_give_null_networth_and_no_accounts(string? spData)
    {
        var body = AccountsBody.Build(spData is null ? null : JsonNode.Parse(spData));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"networth": null, "accounts": []}"""), body), body.ToJsonString());
    }
}
