using System.Collections.Concurrent;

namespace PersonalCapital.Sandbox.Control;

/// <summary>How many times each upstream path was called since start (served at <c>GET /sandbox/stats</c>).</summary>
public sealed class CallStats
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public void Count(string path) => _counts.AddOrUpdate(path, 1, (_, n) => n + 1);

    public int this[string path] => _counts.TryGetValue(path, out var n) ? n : 0;

    public IReadOnlyDictionary<string, int> Snapshot() =>
        new SortedDictionary<string, int>(_counts, StringComparer.Ordinal);
}
