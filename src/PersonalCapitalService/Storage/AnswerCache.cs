using System.Collections.Concurrent;

namespace PersonalCapitalService.Storage;

/// <summary>
/// Small answers from the store, kept by their ETag: the same request against the same store version on the same
/// day is the same bytes, so it is worked out once per sync, not once per request. Bounded in total size; a new
/// store version empties it (no tag of an older version can be asked for again).
/// </summary>
internal sealed class AnswerCache
{
    public const int MaxAnswerBytes = 1024 * 1024;
    private const long MaxTotalBytes = 32L * 1024 * 1024;

    private readonly ConcurrentDictionary<string, Answer> _answers = new(StringComparer.Ordinal);
    private long _version = -1;
    private long _total;

    public sealed record Answer(string? ContentType, byte[] Body);

    public bool TryGet(long version, string tag, out Answer answer)
    {
        answer = null!;
        return Interlocked.Read(ref _version) == version && _answers.TryGetValue(tag, out answer!);
    }

    public void Add(long version, string tag, Answer answer)
    {
        if (answer.Body.Length > MaxAnswerBytes)
        {
            return;
        }
        if (Interlocked.Exchange(ref _version, version) != version)
        {
            _answers.Clear();
            Interlocked.Exchange(ref _total, 0);
        }
        if (Interlocked.Read(ref _total) + answer.Body.Length <= MaxTotalBytes && _answers.TryAdd(tag, answer))
        {
            Interlocked.Add(ref _total, answer.Body.Length);
        }
    }
}
