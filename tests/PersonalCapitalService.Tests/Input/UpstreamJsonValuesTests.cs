using System.Text.Json.Nodes;
using PersonalCapitalService.Input;

namespace PersonalCapitalService.Tests.Input;

public class UpstreamJsonValuesTests
{
    // Parsed values behave like upstream data; the JSON text is the "field: value" as the upstream sends it.
    [Theory]
    [InlineData("""{"v": 0}""", true, 0.0)]
    [InlineData("""{"v": 0.0}""", true, 0.0)]
    [InlineData("""{"v": -0.0}""", true, 0.0)]
    [InlineData("""{"v": "0"}""", true, 0.0)]
    [InlineData("""{"v": 54.21}""", true, 54.21)]
    [InlineData("""{"v": "54.21"}""", true, 54.21)]
    [InlineData("""{"v": "-3"}""", true, -3.0)]
    [InlineData("""{"v": 1e3}""", true, 1000.0)]
    [InlineData("""{"v": "NaN"}""", false, 0.0)]
    [InlineData("""{"v": "Infinity"}""", false, 0.0)]
    [InlineData("""{"v": "1e400"}""", false, 0.0)]
    [InlineData("""{"v": 1e400}""", false, 0.0)]
    [InlineData("""{"v": "abc"}""", false, 0.0)]
    [InlineData("""{"v": ""}""", false, 0.0)]
    [InlineData("""{"v": true}""", false, 0.0)]
    [InlineData("""{"v": null}""", false, 0.0)]
    [InlineData("""{"v": {}}""", false, 0.0)]
    [InlineData("""{"v": [1]}""", false, 0.0)]
    [InlineData("""{}""", false, 0.0)]
    public void Finite_numbers_come_from_numbers_and_numeric_strings(string json, bool expectedFound, double expected)
    {
        var found = UpstreamJsonValues.TryGetFiniteNumber(JsonNode.Parse(json)!["v"], out var number);

        Assert.Equal(expectedFound, found);
        if (expectedFound)
        {
            Assert.Equal(expected, number);
        }
    }

    public static TheoryData<JsonNode?, bool, double> HandBuiltNumbers => new()
    {
        { JsonValue.Create(5), true, 5 },
        { JsonValue.Create(5L), true, 5 },
        { JsonValue.Create(5.5m), true, 5.5 },
        { JsonValue.Create(2.25f), true, 2.25 },
        { JsonValue.Create(0.1), true, 0.1 },
        { JsonValue.Create(double.NaN), false, 0 },
        { JsonValue.Create(float.PositiveInfinity), false, 0 },
        { JsonValue.Create("7.5"), true, 7.5 },
        { JsonValue.Create("NaN"), false, 0 },
        { JsonValue.Create(true), false, 0 },
    };

    [Theory]
    [MemberData(nameof(HandBuiltNumbers))]
    public void Hand_built_values_of_any_numeric_type_are_read(JsonNode? node, bool expectedFound, double expected)
    {
        var found = UpstreamJsonValues.TryGetFiniteNumber(node, out var number);

        Assert.Equal(expectedFound, found);
        if (expectedFound)
        {
            Assert.Equal(expected, number);
        }
    }

    [Theory]
    [InlineData("""{"v": 30001236}""", true, 30001236L)]
    [InlineData("""{"v": "30001236"}""", true, 30001236L)]
    [InlineData("""{"v": 17.0}""", true, 17L)]
    [InlineData("""{"v": "9007199254740993"}""", true, 9007199254740993L)]
    [InlineData("""{"v": 9007199254740993}""", true, 9007199254740993L)]
    [InlineData("""{"v": 17.5}""", false, 0L)]
    [InlineData("""{"v": "17.5"}""", false, 0L)]
    [InlineData("""{"v": "99999999999999999999"}""", false, 0L)]
    [InlineData("""{"v": 99999999999999999999}""", false, 0L)]
    [InlineData("""{"v": "NaN"}""", false, 0L)]
    [InlineData("""{"v": "abc"}""", false, 0L)]
    [InlineData("""{"v": true}""", false, 0L)]
    [InlineData("""{"v": null}""", false, 0L)]
    [InlineData("""{}""", false, 0L)]
    public void Integral_ids_come_from_numbers_and_numeric_strings(string json, bool expectedFound, long expected)
    {
        var found = UpstreamJsonValues.TryGetInt64(JsonNode.Parse(json)!["v"], out var number);

        Assert.Equal(expectedFound, found);
        Assert.Equal(expected, number);
    }

    [Fact]
    public void Hand_built_integral_values_are_read()
    {
        Assert.True(UpstreamJsonValues.TryGetInt64(JsonValue.Create(17), out var fromInt));
        Assert.Equal(17, fromInt);
        Assert.True(UpstreamJsonValues.TryGetInt64(JsonValue.Create(17m), out var fromDecimal));
        Assert.Equal(17, fromDecimal);
        Assert.True(UpstreamJsonValues.TryGetInt64(JsonValue.Create(17.0), out var fromDouble));
        Assert.Equal(17, fromDouble);
        Assert.False(UpstreamJsonValues.TryGetInt64(JsonValue.Create(double.NaN), out _));
    }

    [Theory]
    [InlineData("""{"v": "text"}""", "text")]
    [InlineData("""{"v": ""}""", "")]
    [InlineData("""{"v": 5}""", null)]
    [InlineData("""{"v": true}""", null)]
    [InlineData("""{"v": null}""", null)]
    [InlineData("""{"v": ["text"]}""", null)]
    [InlineData("""{}""", null)]
    public void Strings_are_only_read_from_json_strings(string json, string? expected)
    {
        Assert.Equal(expected, UpstreamJsonValues.GetString(JsonNode.Parse(json)!["v"]));
    }

    [Theory]
    [InlineData("""{"v": true}""", true, false)]
    [InlineData("""{"v": false}""", false, true)]
    [InlineData("""{"v": "true"}""", false, false)]
    [InlineData("""{"v": "false"}""", false, false)]
    [InlineData("""{"v": 1}""", false, false)]
    [InlineData("""{"v": 0}""", false, false)]
    [InlineData("""{"v": null}""", false, false)]
    [InlineData("""{}""", false, false)]
    public void Booleans_are_only_real_json_booleans(string json, bool isTrue, bool isFalse)
    {
        var node = JsonNode.Parse(json)!["v"];

        Assert.Equal(isTrue, UpstreamJsonValues.IsTrue(node));
        Assert.Equal(isFalse, UpstreamJsonValues.IsFalse(node));
    }

    [Theory]
    [InlineData("""{"k": 1}""", true)]
    [InlineData("""{"k": ""}""", true)]
    [InlineData("""{"k": false}""", true)]
    [InlineData("""{"k": null}""", false)]
    [InlineData("""{"other": 1}""", false)]
    public void Present_means_there_and_not_null(string json, bool expected)
    {
        Assert.Equal(expected, UpstreamJsonValues.IsPresent(JsonNode.Parse(json)!.AsObject(), "k"));
    }

    [Fact]
    public void Properties_of_anything_but_an_object_are_null()
    {
        Assert.Null(UpstreamJsonValues.Property(JsonNode.Parse("[1, 2]"), "k"));
        Assert.Null(UpstreamJsonValues.Property(JsonValue.Create("k"), "k"));
        Assert.Null(UpstreamJsonValues.Property(null, "k"));
        Assert.Equal(3, (int)UpstreamJsonValues.Property(JsonNode.Parse("""{"k": 3}"""), "k")!);
    }
}
