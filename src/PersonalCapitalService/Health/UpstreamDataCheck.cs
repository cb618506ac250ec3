using PersonalCapital.Client;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Transport;

namespace PersonalCapitalService.Health;

/// <summary>
/// One cheap data call (the category list) that tells readiness whether data can be served, not only whether the
/// session is alive: at start, from the keep-alive, and from <c>/health/ready</c> when nothing is known yet or the
/// last failure is older than <see cref="RecheckAfter"/> (so a polling Jenkins costs at most one call per period).
/// Never attempted while the session waits for a human. Single-flight: callers arriving during a check wait for it.
/// </summary>
internal sealed partial class UpstreamDataCheck(PersonalCapitalClient client, TimeProvider time, ILogger<UpstreamDataCheck> logger) : IDisposable
{
    public static readonly TimeSpan RecheckAfter = TimeSpan.FromSeconds(30);

    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Checks when nothing is known yet, or when the data calls fail and the last try is old enough.</summary>
    public async Task CheckIfStaleAsync(CancellationToken cancellationToken)
    {
        if (IsStale())
        {
            await CheckAsync(cancellationToken, onlyIfStale: true);
        }
    }

    /// <summary>Checks now (the keep-alive), unless the session waits for a human.</summary>
    public Task CheckAsync(CancellationToken cancellationToken) => CheckAsync(cancellationToken, onlyIfStale: false);

    public void Dispose() => _gate.Dispose();

    private async Task CheckAsync(CancellationToken cancellationToken, bool onlyIfStale)
    {
        if (client.Status.State is SessionState.NeedsSecondFactor or SessionState.CredentialsRejected or SessionState.Blocked)
        {
            return;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (onlyIfStale && !IsStale())
            {
                return;
            }
            await client.GetCategoriesAsync(cancellationToken);
        }
        catch (Exception e) when (e is UpstreamException or CredentialException or SessionFileAccessException)
        {
            // The client recorded the failure; readiness tells it.
            LogCheckFailed(logger, e.Message);
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool IsStale()
    {
        var calls = client.DataCalls;
        return calls.NeverTried
            || calls.ConsecutiveFailures > 0 && calls.LastFailure is { } failed && time.GetUtcNow() - failed >= RecheckAfter;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream data check failed: {Reason}")]
    private static partial void LogCheckFailed(ILogger logger, string reason);
}
