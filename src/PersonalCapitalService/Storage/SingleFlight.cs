using System.Collections.Concurrent;

namespace PersonalCapitalService.Storage;

/// <summary>
/// Identical concurrent requests that must go to the upstream share one call: the first starts it, the others
/// wait for the same answer (each may stop waiting on its own cancellation; the shared call goes on).
/// </summary>
internal sealed class SingleFlight<TKey, TValue>
    where TKey : notnull
{
    private readonly ConcurrentDictionary<TKey, Lazy<Task<TValue>>> _flights = new();

    public Task<TValue> RunAsync(TKey key, Func<Task<TValue>> work, CancellationToken cancellationToken)
    {
        var flight = _flights.GetOrAdd(key, k => new Lazy<Task<TValue>>(() => RunAndForgetAsync(k, work)));
        return flight.Value.WaitAsync(cancellationToken);
    }

    private async Task<TValue> RunAndForgetAsync(TKey key, Func<Task<TValue>> work)
    {
        try
        {
            await Task.Yield();
            return await work();
        }
        finally
        {
            _flights.TryRemove(key, out _);
        }
    }
}
