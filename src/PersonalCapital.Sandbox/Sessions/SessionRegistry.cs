using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PersonalCapital.Sandbox.Sessions;

/// <summary>Every cookie session the sandbox has handed out, keyed by <c>JSESSIONID</c>.</summary>
internal sealed class SessionRegistry(TimeProvider time, IOptions<SandboxOptions> options)
{
    public const string CookieName = "JSESSIONID";

    private readonly ConcurrentDictionary<string, CookieSession> _sessions = new(StringComparer.Ordinal);

    public CookieSession? Find(string? id) => id is not null && _sessions.TryGetValue(id, out var s) ? s : null;

    public CookieSession Create()
    {
        var session = new CookieSession(Convert.ToHexString(RandomNumberGenerator.GetBytes(16)), time.GetUtcNow());
        _sessions[session.Id] = session;
        return session;
    }

    /// <summary>
    /// Records a use of the session. One idle for longer than the TTL loses its authentication first, the way the
    /// upstream forgets a session it has not seen for a while. Call under the session's gate.
    /// </summary>
    public void Touch(CookieSession session)
    {
        var now = time.GetUtcNow();
        if (session.Level > AuthLevel.None && now - session.LastActivity > options.Value.SessionTtl)
        {
            session.Expire();
        }
        session.LastActivity = now;
    }

    /// <summary>Drops authentication from every session (control route); returns how many were authenticated.</summary>
    public int ExpireAll()
    {
        var count = 0;
        foreach (var session in _sessions.Values)
        {
            lock (session.Gate)
            {
                if (session.Level == AuthLevel.SessionAuthenticated)
                {
                    count++;
                }
                session.Expire();
            }
        }
        return count;
    }
}
