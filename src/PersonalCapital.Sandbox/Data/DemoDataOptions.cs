namespace PersonalCapital.Sandbox.Data;

/// <summary>What the demo data generator is asked for. Same options, same data, byte for byte.</summary>
/// <param name="Seed">Generator seed.</param>
/// <param name="Years">History length: the data starts on the 1st of Today's month, <paramref name="Years"/> years earlier.</param>
/// <param name="Volume">
/// Multiplier of the everyday transaction density (card and debit purchases, brokerage buys). Their amounts shrink by
/// the same factor so balances stay realistic. <c>Years=10, Volume=8</c> gives about 63,000 transactions (Volume 1: about 100 a month).
/// </param>
/// <param name="Today">The last day of data (the sandbox passes its TimeProvider's local date).</param>
public sealed record DemoDataOptions(int Seed, int Years, int Volume, DateOnly Today)
{
    public const int DefaultYears = 3;
    public const int DefaultVolume = 1;
    public const int DefaultSeed = 20_210_601;

    internal void Validate()
    {
        if (Years is < 1 or > 50)
        {
            throw new ArgumentOutOfRangeException(nameof(Years), Years, "Years must be between 1 and 50.");
        }
        if (Volume is < 1 or > 100)
        {
            throw new ArgumentOutOfRangeException(nameof(Volume), Volume, "Volume must be between 1 and 100.");
        }
        if (Today.Year - Years < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Today), Today, "Today is too early for the requested history.");
        }
    }
}
