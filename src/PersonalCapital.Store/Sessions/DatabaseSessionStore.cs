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

    public Task SaveAsync(SessionSnapshot snapshot, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var kept = snapshot with { Cookies = [.. snapshot.Cookies.Where(c => !c.IsExpiredAt(now))] };
        return store.SaveSessionAsync(Encoding.UTF8.GetString(SessionFileFormat.Write(kept, encryptionKey)), now, cancellationToken);
    }
}
