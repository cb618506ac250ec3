namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>
/// A monthly amortisation schedule worked backward from the amount owed today, so the balance on Today is a round,
/// chosen figure and every earlier balance follows from the interest and payment rows.
/// </summary>
internal sealed class LoanSchedule
{
    private readonly decimal[] _owedBefore;
    private readonly decimal _owedToday;
    private readonly decimal _monthlyRate;

    private LoanSchedule(decimal[] owedBefore, decimal owedToday, decimal monthlyRate)
    {
        _owedBefore = owedBefore;
        _owedToday = owedToday;
        _monthlyRate = monthlyRate;
    }

    public decimal AnnualRatePercent => _monthlyRate * 1200m;

    /// <summary>Owed before the first scheduled month's interest and payment.</summary>
    public decimal OpeningBalance => _owedBefore[0];

    public static LoanSchedule Backward(decimal owedToday, decimal annualRatePercent, decimal payment, int months)
    {
        var rate = annualRatePercent / 1200m;
        var owedBefore = new decimal[Math.Max(1, months)];
        var owedAfter = owedToday;
        for (var i = owedBefore.Length - 1; i >= 0; i--)
        {
            owedBefore[i] = Math.Round((owedAfter + payment) / (1m + rate), 2);
            owedAfter = owedBefore[i];
        }
        return new LoanSchedule(owedBefore, owedToday, rate);
    }

    /// <summary>Interest charged and payment made in month <paramref name="index"/>, consistent to the cent.</summary>
    public (decimal Interest, decimal Payment) Month(int index)
    {
        var before = _owedBefore[index];
        var after = index + 1 < _owedBefore.Length ? _owedBefore[index + 1] : _owedToday;
        var interest = Math.Round(before * _monthlyRate, 2);
        return (interest, before + interest - after);
    }
}
