namespace PersonalCapital.Client.Session;

/// <summary>Where the upstream session survives restarts.</summary>
public interface ISessionStore
{
    /// <summary>The saved session without its expired cookies, or <see langword="null"/> when there is none usable.</summary>
    Task<SessionSnapshot?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the saved session; expired cookies are not kept.</summary>
    Task SaveAsync(SessionSnapshot snapshot, CancellationToken cancellationToken);

    /// <summary>
    /// Changes whenever a session is saved, by this process or another (the <c>login</c> verb, another instance), so a
    /// newer session can be noticed without reading it; null when none is saved.
    /// </summary>
    Task<string?> StampAsync(CancellationToken cancellationToken) => Task.FromResult<string?>(null);

    /// <summary>
    /// Held around a silent login so that processes sharing this store log in one at a time (the others then adopt
    /// the session it saved). A store only one process uses needs no lock.
    /// </summary>
    Task<IAsyncDisposable> LockForLoginAsync(CancellationToken cancellationToken) => Task.FromResult<IAsyncDisposable>(NoLock.Instance);

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
