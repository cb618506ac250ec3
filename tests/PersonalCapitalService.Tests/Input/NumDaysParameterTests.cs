using PersonalCapitalService.Input;

namespace PersonalCapitalService.Tests.Input;

public class NumDaysParameterTests
{
    [Theory]
    [InlineData("1", 1)]
    [InlineData("30", 30)]
    [InlineData("9999", 9999)]
    [InlineData("36500", 36500)]
    [InlineData("007", 7)]
    [InlineData("0000000000000000000000000000000000000005", 5)]
    public void Plain_digits_from_one_to_the_default_maximum_are_accepted(string text, int expected)
    {
        var result = NumDaysParameter.Parse(text);

        Assert.True(result.IsValid);
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("000")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5 ")]
    [InlineData("5.0")]
    [InlineData("1e3")]
    [InlineData("0x10")]
    [InlineData("1,000")]
    [InlineData("36501")]
    [InlineData("2147483648")]
    [InlineData("99999999999999999999999999999999999999")]
    [InlineData("٥")]
    [InlineData("５")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData(null)]
    public void Anything_else_is_rejected_naming_the_parameter(string? text)
    {
        var result = NumDaysParameter.Parse(text);

        Assert.False(result.IsValid);
        Assert.Equal("numDays", result.ParameterName);
        Assert.Equal("numDays must be a whole number from 1 to 36500", result.ErrorMessage);
    }

    [Theory]
    [InlineData("99", 99, true)]
    [InlineData("100", 99, false)]
    [InlineData("1", 1, true)]
    [InlineData("2", 1, false)]
    [InlineData("2147483647", int.MaxValue, true)]
    [InlineData("2147483648", int.MaxValue, false)]
    public void The_maximum_is_configurable(string text, int maximum, bool accepted)
    {
        var result = NumDaysParameter.Parse(text, maximum);

        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
        {
            Assert.Equal($"numDays must be a whole number from 1 to {maximum}", result.ErrorMessage);
        }
    }

    [Fact]
    public void A_maximum_below_one_is_a_configuration_error()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => NumDaysParameter.Parse("1", 0));
    }
}
