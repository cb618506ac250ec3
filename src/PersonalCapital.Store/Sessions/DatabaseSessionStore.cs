using System.Text;
using PersonalCapital.Client.Session;

namespace PersonalCapital.Store.Sessions;

/// <summary>
/// The upstream session in the store's database (PostgreSQL), in the session file's format and encrypted the same
/// way when a key is set, so every instance on the database uses one login.
/// </summary>
public sealed class DatabaseSessionStore(IOwnerStore store, string? encryptionKey, TimeProvider time) : ISessionStore
{
    public async Task<SessionSnapshot?> LoadAsync(CancellationToken cancellationToken)
    {
        if (await store.LoadSessionAsync(cancellationToken) is not { } content)
        {
            return null;
        }
        try
        {
            var snapshot = SessionFileFormat.Read(Encoding.UTF8.GetBytes(content), encryptionKey);
            var now = time.GetUtcNow();
            return snapshot with { Cookies = [.. snapshot.Cookies.Where(c => !c.IsExpiredAt(now))] };
        }
        catch (UnreadableSessionFileException)
        {
            // Another key or a damaged row: as with a corrupt file, the service continues as "not logged in".
            return null;
        }
    }

    /// <summary>A hash of the stored content: it changes with every save that changed anything, whatever the clocks say.</summary>
    public async Task<string?> StampAsync(CancellationToken cancellationToken) =>
        await store.LoadSessionAsync(cancellationToken) is { } content
            ? Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(content)))
            : null;

    /// <summary>Waits (a bounded while) for this login's "login" lock; another instance holding it is logging in.</summary>
    public async Task<IAsyncDisposable> LockForLoginAsync(CancellationToken cancellationToken)
    {
        // Waiting for another process is real time, not the owner's clock (which tests may hold still).
        var waited = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            if (await store.TryLockAsync("login", cancellationToken) is { } held)
            {
                return held;
            }
            if (waited.Elapsed >= LoginLockWait)
            {
                // A login that takes this long has failed somewhere; better one more login than none.
                return NoLock.Instance;
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }

    internal static readonly TimeSpan LoginLockWait = TimeSpan.FromSeconds(60);

    public Task SaveAsync(SessionSnapshot snapshot, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var kept = snapshot with { Cookies = [.. snapshot.Cookies.Where(c => !c.IsExpiredAt(now))] };
        return store.SaveSessionAsync(Encoding.UTF8.GetString(SessionFileFormat.Write(kept, encryptionKey)), now, cancellationToken);
    }

    private sealed class NoLock : IAsyncDisposable
    {
        public static readonly NoLock Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
