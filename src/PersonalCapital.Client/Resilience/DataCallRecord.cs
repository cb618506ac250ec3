using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Resilience;

/// <summary>How the data calls went, apart from the session: a cheap session probe can succeed while every data call fails.</summary>
/// <param name="LastSuccess">When a data call last succeeded.</param>
/// <param name="LastFailure">When one last failed, after every retry.</param>
/// <param name="LastError">That failure's sentence (never a secret or an upstream body).</param>
/// <param name="ConsecutiveFailures">Data calls failed in a row since the last success.</param>
public sealed record DataCallStatus(DateTimeOffset? LastSuccess, DateTimeOffset? LastFailure, string? LastError, int ConsecutiveFailures)
{
    /// <summary>No data call has finished yet.</summary>
    public bool NeverTried => LastSuccess is null && LastFailure is null;
}

/// <summary>Keeps <see cref="DataCallStatus"/>; only data calls report here, never the session probe.</summary>
internal sealed class DataCallRecord(TimeProvider time)
{
    private readonly Lock _gate = new();
    private DataCallStatus _current = new(null, null, null, 0);

    public DataCallStatus Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    public void RecordSuccess()
    {
        lock (_gate)
        {
            _current = _current with { LastSuccess = time.GetUtcNow(), ConsecutiveFailures = 0 };
        }
    }

    public void RecordFailure(UpstreamException failure)
    {
        // A session waiting for a human is a state the session status tells, not a failing upstream.
        if (failure.Failure is UpstreamFailure.SecondFactorRequired or UpstreamFailure.CredentialsRejected)
        {
            return;
        }
        lock (_gate)
        {
            _current = _current with
            {
                LastFailure = time.GetUtcNow(),
                LastError = failure.Message,
                ConsecutiveFailures = _current.ConsecutiveFailures + 1,
            };
        }
    }
}
