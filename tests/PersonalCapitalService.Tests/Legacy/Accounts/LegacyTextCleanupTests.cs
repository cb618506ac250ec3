using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Accounts;

namespace PersonalCapitalService.Tests.Legacy.Accounts;

public class LegacyTextCleanupTests
{
    [Theory]
    [InlineData("Brokerage \u2013 Ending in 1234", "Brokerage - Ending in 1234")]
    [InlineData("Vanguard\u00AE 500 Index", "Vanguard 500 Index")]
    [InlineData("\u2013\u2013", "--")]
    [InlineData("\u00AE\u00AEx\u00AE", "x")]
    [InlineData("A\u2013B\u00AE", "A-B")]
    [InlineData("Em \u2014 dash stays", "Em \u2014 dash stays")]
    [InlineData("Trade\u2122 stays", "Trade\u2122 stays")]
    [InlineData("Plain - text", "Plain - text")]
    [InlineData("", "")]
    public void En_dashes_become_hyphens_and_registered_signs_vanish(string text, string expected)
    {
        Assert.Equal(expected, LegacyTextCleanup.Clean(text));
    }

    [Fact]
    public void Every_string_value_at_any_depth_is_cleaned_but_keys_are_not()
    {
        var node = JsonNode.Parse("""
            {"a": "x\u2013y", "b": {"c": ["p\u00AE", 5, {"d": "q\u2013"}, null, true]}, "e\u2013": "k", "n": 1.50}
            """);

        LegacyTextCleanup.CleanStringsInPlace(node);

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"a": "x-y", "b": {"c": ["p", 5, {"d": "q-"}, null, true]}, "e\u2013": "k", "n": 1.50}"""),
            node));
        Assert.Contains("1.50", node!.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Non_container_nodes_are_ignored()
    {
        LegacyTextCleanup.CleanStringsInPlace(null);
        var lone = JsonValue.Create("a\u2013b");

        LegacyTextCleanup.CleanStringsInPlace(lone);

        Assert.Equal("a\u2013b", lone.GetValue<string>());
    }
}
