namespace PersonalCapitalService.Input;

/// <summary>
/// Reads the <c>{numDays}</c> route parameter: plain ASCII digits only (no sign, no spaces, no decimal
/// point), value from 1 to a configurable maximum. Leading zeros are accepted (<c>007</c> is 7) because the
/// original's Flask <c>&lt;int:num_days&gt;</c> converter accepted them and a saved URL may rely on it.
/// </summary>
public static class NumDaysParameter
{
    public const string Name = "numDays";

    /// <summary>About a hundred years: far beyond any account history, far from date arithmetic limits.</summary>
    public const int DefaultMaximum = 36500;

    public static ParameterParseResult<int> Parse(string? text, int maximum = DefaultMaximum)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maximum, 1);

        if (string.IsNullOrEmpty(text))
        {
            return Failure(maximum);
        }

        // Accumulate in a long and stop as soon as the maximum is passed, so no input length can overflow.
        long value = 0;
        foreach (var c in text)
        {
            if (!char.IsAsciiDigit(c))
            {
                return Failure(maximum);
            }

            value = (value * 10) + (c - '0');
            if (value > maximum)
            {
                return Failure(maximum);
            }
        }

        return value < 1 ? Failure(maximum) : ParameterParseResult<int>.Success((int)value);
    }

    private static ParameterParseResult<int> Failure(int maximum) =>
        ParameterParseResult<int>.Failure(Name, $"numDays must be a whole number from 1 to {maximum}");
}
