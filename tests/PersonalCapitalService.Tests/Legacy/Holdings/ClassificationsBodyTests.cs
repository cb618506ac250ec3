using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Holdings;

namespace PersonalCapitalService.Tests.Legacy.Holdings;

public class ClassificationsBodyTests
{
    [Fact]
    public void Each_top_level_node_becomes_an_allocation_with_one_level_of_inner_types()
    {
        var spData = JsonNode.Parse("""
            {"holdings": [], "classifications": [{
              "classificationTypeName": "allocationSevenBox", "value": 137818.59, "percentOfTMV": 100,
              "classifications": [
                {"classificationTypeName": "U.S. Stocks", "value": 115667.240, "percentOfTMV": 83.93, "classifications": [
                  {"classificationTypeName": "Large Cap Blend", "value": 115667.24, "percentOfTMV": 83.93, "assets": [{"ticker": "VTSAX"}],
                   "classifications": [{"classificationTypeName": "too deep", "value": 1, "percentOfTMV": 1}]},
                  7
                ]},
                {"classificationTypeName": "Unclassified", "value": 22151.35, "percentOfTMV": 16.07, "assets": [{"ticker": ""}]},
                {"classificationTypeName": "Cash", "value": "12.50", "percentOfTMV": "50"},
                {"classificationTypeName": "Alternatives", "value": 0, "percentOfTMV": "NaN", "classifications": []},
                {"classificationTypeName": "Intl Bonds"},
                {"classificationTypeName": "Intl Stocks", "value": 5, "percentOfTMV": 12.5, "classifications": [null, 3]},
                "not a node"
              ]}]}
            """);

        var body = ClassificationsBody.Build(spData);

        // percentOfTotal = percentOfTMV / 100, the same doubles Python's float division gives.
        var expected = JsonNode.Parse("""
            {"allocations": [
              {"type": "U.S. Stocks", "percentOfTotal": 0.8393, "value": 115667.24,
               "inner_types": [{"type": "Large Cap Blend", "percentOfTotal": 0.8393, "value": 115667.24}]},
              {"type": "Unclassified", "percentOfTotal": 0.1607, "value": 22151.35},
              {"type": "Cash", "percentOfTotal": 0.5, "value": "12.50"},
              {"type": "Alternatives", "percentOfTotal": null, "value": 0},
              {"type": "Intl Bonds", "percentOfTotal": null, "value": null},
              {"type": "Intl Stocks", "percentOfTotal": 0.125, "value": 5}
            ]}
            """);
        Assert.True(JsonNode.DeepEquals(expected, body), body.ToJsonString());
        Assert.Contains("115667.240", body.ToJsonString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{}""")]
    [InlineData("""{"classifications": null}""")]
    [InlineData("""{"classifications": []}""")]
    [InlineData("""{"classifications": "allocation"}""")]
    [InlineData("""{"classifications": [5]}""")]
    [InlineData("""{"classifications": [{}]}""")]
    [InlineData("""{"classifications": [{"classifications": null}]}""")]
    [InlineData("""[{"classifications": [{"classificationTypeName": "Cash"}]}]""")]
    public void Missing_classifications_give_no_allocations(string? spData)
    {
        var body = ClassificationsBody.Build(spData is null ? null : JsonNode.Parse(spData));

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"allocations": []}"""), body), body.ToJsonString());
    }

    [Fact]
    public void Only_the_first_top_node_is_read()
    {
        var body = ClassificationsBody.Build(JsonNode.Parse("""
            {"classifications": [
              {"classifications": [{"classificationTypeName": "Cash", "value": 1, "percentOfTMV": 100}]},
              {"classifications": [{"classificationTypeName": "Ignored", "value": 2, "percentOfTMV": 100}]}
            ]}
            """));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"allocations": [{"type": "Cash", "percentOfTotal": 1, "value": 1}]}"""), body), body.ToJsonString());
    }
}
