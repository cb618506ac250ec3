namespace PersonalCapital.Sandbox.Sessions;

/// <summary>
/// Server state of one <c>JSESSIONID</c>: how far its login got, which csrf tokens were issued to it and when it
/// was last used. Mutated only under <see cref="Gate"/>.
/// </summary>
internal sealed class CookieSession(string id, DateTimeOffset now)
{
    private readonly List<string> _csrfs = [];

    public string Id { get; } = id;

    public object Gate { get; } = new();

    public AuthLevel Level { get; set; } = AuthLevel.None;

    /// <summary>Set once identifyUser (or a multiauth token) named the demo user.</summary>
    public string? Username { get; set; }

    public PendingChallenge? Challenge { get; set; }

    public DateTimeOffset LastActivity { get; set; } = now;

    /// <summary>The token most recently issued; sent back in headers.</summary>
    public string? CurrentCsrf => _csrfs.Count == 0 ? null : _csrfs[^1];

    public string IssueCsrf()
    {
        var token = Guid.NewGuid().ToString();
        _csrfs.Add(token);
        if (_csrfs.Count > 16)
        {
            _csrfs.RemoveAt(0);
        }
        return token;
    }

    /// <summary>Any token issued to this session stays valid for its lifetime (clients that keep the identifyUser token work).</summary>
    public bool Accepts(string? csrf) => csrf is not null && _csrfs.Contains(csrf, StringComparer.Ordinal);

    /// <summary>Back to a fresh session: nobody identified, nothing passed (a new identifyUser or token exchange).</summary>
    public void Restart()
    {
        Username = null;
        Expire();
    }

    /// <summary>Drops authentication; the user stays identified, as after an idle timeout upstream.</summary>
    public void Expire()
    {
        Level = Username is null ? AuthLevel.None : AuthLevel.UserIdentified;
        Challenge = null;
    }
}

/// <summary>A challenge sent by one channel and the code it expects.</summary>
internal sealed record PendingChallenge(ChallengeChannel Channel, string Code);
