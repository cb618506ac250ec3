using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace PersonalCapital.Sandbox.Login;

/// <summary>
/// The cap on code requests (§3.7, §12): past <see cref="SandboxOptions.ChallengeLimit"/> challenges within
/// <see cref="SandboxOptions.ChallengeWindow"/>, the upstream answers HTTP 400 with <c>AUAC_12</c> and the owner waits
/// until the window has room again. Thread-safe.
/// </summary>
internal sealed class ChallengeLimiter(TimeProvider time, IOptions<SandboxOptions> options)
{
    public const string ErrorCode = "AUAC_12";

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Queue<DateTimeOffset>> _sent = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Counts one challenge for <paramref name="username"/>; false (and not counted) when the cap is reached.</summary>
    public bool TryCount(string username)
    {
        var limit = options.Value.ChallengeLimit;
        if (limit <= 0)
        {
            return true;
        }
        var now = time.GetUtcNow();
        lock (_gate)
        {
            if (!_sent.TryGetValue(username, out var sent))
            {
                _sent[username] = sent = new Queue<DateTimeOffset>();
            }
            while (sent.Count > 0 && now - sent.Peek() >= options.Value.ChallengeWindow)
            {
                sent.Dequeue();
            }
            if (sent.Count >= limit)
            {
                return false;
            }
            sent.Enqueue(now);
            return true;
        }
    }

    /// <summary>
    /// The body of the refusal. Only "HTTP 400 containing AUAC_12 / Max number of activation challenges" is known
    /// (pcartwright81, on the participant site); the field names around it are the sandbox's guess, so clients should
    /// key on the code alone.
    /// </summary>
    public static JsonObject Refusal() => new()
    {
        ["status"] = "FAILURE",
        ["errorCode"] = ErrorCode,
        ["errorMessage"] = "Max number of activation challenges reached. Please try again later.",
    };
}
