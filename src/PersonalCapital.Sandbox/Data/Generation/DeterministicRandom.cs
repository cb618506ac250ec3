namespace PersonalCapital.Sandbox.Data.Generation;

/// <summary>
/// SplitMix64. Written out rather than <see cref="Random"/> so that the demo data stays byte-identical for a seed
/// whatever the runtime's Random implementation does; each concern draws from its own named stream, so a change in
/// one (say, more merchants) does not reshuffle the others.
/// </summary>
internal sealed class DeterministicRandom
{
    private ulong _state;

    private DeterministicRandom(ulong state) => _state = state;

    public static DeterministicRandom For(int seed, string stream) => new(StableHash.Of(stream) ^ ((ulong)(uint)seed * 0x9E3779B97F4A7C15UL));

    public ulong NextUInt64()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [minInclusive, maxInclusive].</summary>
    public int Between(int minInclusive, int maxInclusive) =>
        minInclusive + (int)(NextUInt64() % (ulong)(maxInclusive - minInclusive + 1));

    /// <summary>Uniform amount in [min, max], rounded to cents.</summary>
    public decimal Money(decimal min, decimal max) => Math.Round(min + (max - min) * (decimal)NextDouble(), 2);

    /// <summary>A factor in [1 - spread, 1 + spread].</summary>
    public decimal Around(decimal spread) => 1m - spread + 2m * spread * (decimal)NextDouble();

    /// <summary>Approximately standard normal (Irwin–Hall with 12 terms), cheap and free of transcendental functions.</summary>
    public double NextGaussian()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
        {
            sum += NextDouble();
        }
        return sum - 6.0;
    }
}

/// <summary>FNV-1a, because <see cref="string.GetHashCode()"/> changes from one process to the next.</summary>
internal static class StableHash
{
    public static ulong Of(string text)
    {
        var hash = 0xCBF29CE484222325UL;
        foreach (var c in text)
        {
            hash = (hash ^ c) * 0x100000001B3UL;
        }
        return hash;
    }

    /// <summary>A 32-character id like the upstream's <c>merchantId</c>, stable for the same text.</summary>
    public static string MerchantId(string merchant) => MerchantIds.GetOrAdd(merchant, NewMerchantId);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> MerchantIds = new(StringComparer.Ordinal);

    private static string NewMerchantId(string merchant)
    {
        const string alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
        var random = DeterministicRandom.For(0, "merchant:" + merchant);
        var chars = new char[32];
        for (var i = 0; i < chars.Length; i++)
        {
            chars[i] = alphabet[(int)(random.NextUInt64() % (ulong)alphabet.Length)];
        }
        return new string(chars);
    }
}
