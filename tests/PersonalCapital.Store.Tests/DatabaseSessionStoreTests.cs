using PersonalCapital.Client.Session;
using PersonalCapital.Store.Sessions;

namespace PersonalCapital.Store.Tests;

/// <summary>The upstream session kept in the database, as instances on one PostgreSQL (or one SQLite file) share it.</summary>
public sealed class DatabaseSessionStoreTests
{
    private const string Key = "AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8="; // made up, 32 bytes

    private static SessionSnapshot Snapshot(string csrf, DateTimeOffset now) => new("https://upstream.invalid", csrf,
        [new StoredCookie("SESSION", "made-up-cookie-" + csrf, "upstream.invalid", "/", now.AddDays(1), true, true, true),
         new StoredCookie("OLD", "gone", "upstream.invalid", "/", now.AddDays(-1), true, true, true)], now);

    [Theory, Providers]
    public async Task A_saved_session_is_encrypted_reloaded_without_expired_cookies_and_changes_the_stamp(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var now = DateTimeOffset.UtcNow;
        var one = new DatabaseSessionStore(await db.OwnerAsync(), Key, TimeProvider.System);
        var other = new DatabaseSessionStore(await db.OwnerAsync(), Key, TimeProvider.System); // another instance

        Assert.Null(await other.LoadAsync(CancellationToken.None));
        Assert.Null(await other.StampAsync(CancellationToken.None));
        await one.SaveAsync(Snapshot("csrf-1", now), CancellationToken.None);
        var stamp = await other.StampAsync(CancellationToken.None);

        var loaded = await other.LoadAsync(CancellationToken.None);
        Assert.Equal("csrf-1", loaded!.Csrf);
        Assert.Equal(["SESSION"], loaded.Cookies.Select(c => c.Name));
        Assert.DoesNotContain("made-up-cookie", await (await db.OwnerAsync()).LoadSessionAsync(CancellationToken.None));

        await one.SaveAsync(Snapshot("csrf-2", now), CancellationToken.None);
        Assert.NotEqual(stamp, await other.StampAsync(CancellationToken.None));
        Assert.Null(await new DatabaseSessionStore(await db.OwnerAsync(), "BBECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=", TimeProvider.System)
            .LoadAsync(CancellationToken.None)); // another key: not logged in, no crash
    }

    [Theory, Providers]
    public async Task Only_one_instance_at_a_time_holds_the_login_lock(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        ISessionStore one = new DatabaseSessionStore(await db.OwnerAsync(), null, TimeProvider.System);
        ISessionStore other = new DatabaseSessionStore(await db.OwnerAsync(), null, TimeProvider.System);

        var held = await one.LockForLoginAsync(CancellationToken.None);
        var waiting = other.LockForLoginAsync(CancellationToken.None);
        await Task.Delay(600);
        Assert.False(waiting.IsCompleted);

        await held.DisposeAsync();
        await using var second = await waiting.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.NotNull(second);
    }
}
