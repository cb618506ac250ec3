using PersonalCapital.Client.Login;

namespace PersonalCapitalService.LoginPage;

/// <summary>
/// What the page remembers of the login in progress: which challenge was sent, and when. The client knows a login is
/// waiting but not whether its challenge went out; the page must not ask for a code nobody was sent. One upstream
/// login per service, so one instance. Never holds a code.
/// </summary>
internal sealed class LoginAttempt(TimeProvider time)
{
    private readonly Lock _gate = new();
    private SentChallenge? _sent;

    public SentChallenge? Sent
    {
        get
        {
            lock (_gate)
            {
                return _sent;
            }
        }
    }

    public void ChallengeSent(TwoFactorMethod method)
    {
        lock (_gate)
        {
            _sent = new SentChallenge(method, time.GetUtcNow());
        }
    }

    /// <summary>A new login began, or the waiting one finished: no code is expected any more.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _sent = null;
        }
    }
}

/// <param name="Method">How the code was sent.</param>
/// <param name="At">When.</param>
internal sealed record SentChallenge(TwoFactorMethod Method, DateTimeOffset At);
