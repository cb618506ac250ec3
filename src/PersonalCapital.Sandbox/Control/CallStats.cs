using System.Collections.Concurrent;

namespace PersonalCapital.Sandbox.Control;

/// <summary>How many times each upstream path was called since start (served at <c>GET /sandbox/stats</c>).</summary>
public sealed class CallStats
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    private readonly ConcurrentDictionary<string, int> _encodings = new(StringComparer.Ordinal);

    public void Count(string path) => _counts.AddOrUpdate(path, 1, (_, n) => n + 1);

    /// <summary>Counts a request body's encoding: the new site's web app posts multipart, older clients urlencoded (§1.2, §12).</summary>
    public void CountEncoding(string? contentType)
    {
        var kind = contentType switch
        {
            null or "" => "none",
            _ when contentType.StartsWith("multipart/form-data", StringComparison.OrdinalIgnoreCase) => "multipart",
            _ when contentType.StartsWith("application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase) => "urlencoded",
            _ when contentType.Contains("json", StringComparison.OrdinalIgnoreCase) => "json",
            _ => "other",
        };
        _encodings.AddOrUpdate(kind, 1, (_, n) => n + 1);
    }

    /// <summary>Request bodies per encoding since start (<c>GET /sandbox/stats/encodings</c>).</summary>
    public IReadOnlyDictionary<string, int> Encodings() =>
        new SortedDictionary<string, int>(_encodings, StringComparer.Ordinal);

    public int this[string path] => _counts.TryGetValue(path, out var n) ? n : 0;

    public IReadOnlyDictionary<string, int> Snapshot() =>
        new SortedDictionary<string, int>(_counts, StringComparer.Ordinal);
}
