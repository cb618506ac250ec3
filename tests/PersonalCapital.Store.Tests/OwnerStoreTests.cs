using PersonalCapital.Store.Model;

namespace PersonalCapital.Store.Tests;

/// <summary>The store's contract, on a real database of each provider.</summary>
public sealed class OwnerStoreTests
{
    private static readonly DateOnly Day = new(2026, 3, 10);

    private static StoredTransaction Row(long id, DateOnly date, int rank = 0, string text = "a", bool pending = false, long? category = 1) =>
        new(id, 10, date, rank, pending, category, -12.5m, $$"""{"userTransactionId":{{id}},"v":"{{text}}"}""", $"full-{id}-{text}", $"clean-{id}-{text}");

    [Theory, Providers]
    public async Task Migrations_create_the_schema_once_even_when_instances_start_together(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => db.Open().MigrateAsync(CancellationToken.None)));
        await db.Open().MigrateAsync(CancellationToken.None);
        var store = await db.OwnerAsync();

        var state = await store.GetStateAsync(CancellationToken.None);
        Assert.Null(state.CoverageStart);
        Assert.Equal(0, await store.CountTransactionsAsync(CancellationToken.None));
    }

    [Theory, Providers]
    public async Task A_range_is_replaced_exactly_and_nothing_outside_it_is_touched(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.OwnerAsync();
        var first = await store.ReplaceTransactionsAsync(Day.AddDays(-10), Day,
            [Row(1, Day), Row(2, Day, 1), Row(3, Day.AddDays(-5)), Row(4, Day.AddDays(-9))], CancellationToken.None);
        Assert.Equal(new ChangeCounts(4, 0, 0), first);
        var version = (await store.GetStateAsync(CancellationToken.None)).Version;

        // Again over the last 6 days: row 2 changed, row 3 gone, row 5 new; row 4 (outside) stays.
        var second = await store.ReplaceTransactionsAsync(Day.AddDays(-5), Day,
            [Row(5, Day), Row(1, Day, 1), Row(2, Day, 2, "b")], CancellationToken.None);
        Assert.Equal(new ChangeCounts(1, 1, 1), second);

        var texts = await ToListAsync(store.ReadTransactionsAsync(Day.AddDays(-30), Day, TransactionText.LegacyFull, CancellationToken.None));
        Assert.Equal(["full-5-a", "full-1-a", "full-2-b", "full-4-a"], texts);
        var state = await store.GetStateAsync(CancellationToken.None);
        Assert.Equal(Day.AddDays(-10), state.CoverageStart);
        Assert.Equal(Day, state.CoverageEnd);
        Assert.True(state.Version > version);

        // The same answer again changes nothing, and the version stays.
        var third = await store.ReplaceTransactionsAsync(Day.AddDays(-5), Day, [Row(5, Day), Row(1, Day, 1), Row(2, Day, 2, "b")], CancellationToken.None);
        Assert.Equal(new ChangeCounts(0, 0, 0), third);
        Assert.Equal(state.Version, (await store.GetStateAsync(CancellationToken.None)).Version);
    }

    [Theory, Providers]
    public async Task A_row_whose_date_moved_into_the_range_is_a_change_not_a_second_row(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.OwnerAsync();
        await store.ReplaceTransactionsAsync(Day.AddDays(-20), Day, [Row(7, Day.AddDays(-15), pending: true)], CancellationToken.None);

        var counts = await store.ReplaceTransactionsAsync(Day.AddDays(-3), Day, [Row(7, Day, text: "posted")], CancellationToken.None);

        Assert.Equal(new ChangeCounts(0, 1, 0), counts);
        Assert.Equal(1, await store.CountTransactionsAsync(CancellationToken.None));
        Assert.Equal(["clean-7-posted"], await ToListAsync(store.ReadTransactionsAsync(Day.AddDays(-30), Day, TransactionText.LegacyClean, CancellationToken.None)));
    }

    [Theory, Providers]
    public async Task A_chunk_that_fails_leaves_the_store_as_it_was(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.OwnerAsync();
        await store.ReplaceTransactionsAsync(Day.AddDays(-5), Day, [Row(1, Day)], CancellationToken.None);
        var before = await store.GetStateAsync(CancellationToken.None);

        // The second row breaks a NOT NULL constraint: the insert fails half-way through the chunk.
        await Assert.ThrowsAnyAsync<Exception>(() => store.ReplaceTransactionsAsync(Day.AddDays(-400), Day.AddDays(-6),
            [Row(8, Day.AddDays(-7)), Row(9, Day.AddDays(-8)) with { Upstream = null! }], CancellationToken.None));

        Assert.Equal(before, await store.GetStateAsync(CancellationToken.None));
        Assert.Equal(1, await store.CountTransactionsAsync(CancellationToken.None));
    }

    [Theory, Providers]
    public async Task Logins_sharing_a_database_never_see_each_others_rows(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var a = await db.OwnerAsync("login-a");
        var b = await db.OwnerAsync("login-b");
        await a.ReplaceTransactionsAsync(Day, Day, [Row(1, Day)], CancellationToken.None);
        await b.ReplaceTransactionsAsync(Day, Day, [Row(1, Day, text: "other")], CancellationToken.None);
        await a.PutDocumentsAsync([("k", "A")], DateTimeOffset.UnixEpoch, CancellationToken.None);

        Assert.Equal(["full-1-a"], await ToListAsync(a.ReadTransactionsAsync(Day, Day, TransactionText.LegacyFull, CancellationToken.None)));
        Assert.Equal(["full-1-other"], await ToListAsync(b.ReadTransactionsAsync(Day, Day, TransactionText.LegacyFull, CancellationToken.None)));
        Assert.Null(await b.GetDocumentAsync("k", CancellationToken.None));
    }

    [Theory, Providers]
    public async Task Documents_history_runs_and_sessions_round_trip(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.OwnerAsync();
        var at = new DateTimeOffset(2026, 3, 10, 12, 0, 0, TimeSpan.Zero);

        Assert.True(await store.PutDocumentsAsync([("accounts", "{\"a\":1}")], at, CancellationToken.None));
        var version = (await store.GetStateAsync(CancellationToken.None)).Version;
        Assert.False(await store.PutDocumentsAsync([("accounts", "{\"a\":1}")], at.AddHours(1), CancellationToken.None));
        Assert.Equal(version, (await store.GetStateAsync(CancellationToken.None)).Version);
        Assert.Equal(new StoredDocument("accounts", "{\"a\":1}", at), await store.GetDocumentAsync("accounts", CancellationToken.None));

        Assert.True(await store.PutHistoryAsync([new HistoryDay(Day, "{\"n\":1}", null), new HistoryDay(Day.AddDays(1), null, "{\"b\":2}")], CancellationToken.None));
        Assert.False(await store.PutHistoryAsync([new HistoryDay(Day, "{\"n\":1}", null)], CancellationToken.None));
        Assert.Equal([new HistoryDay(Day, "{\"n\":1}", null), new HistoryDay(Day.AddDays(1), null, "{\"b\":2}")],
            await store.ReadHistoryAsync(Day, Day.AddDays(5), CancellationToken.None));

        var run = await store.StartRunAsync("host:1", at, CancellationToken.None);
        await store.FinishRunAsync(run, at.AddSeconds(3), new ChangeCounts(5, 2, 1), "upstream down", CancellationToken.None);
        Assert.Equal(new SyncRun(run, "host:1", at, at.AddSeconds(3), 5, 2, 1, "upstream down"), Assert.Single(await store.RecentRunsAsync(5, CancellationToken.None)));

        Assert.Null(await store.LoadSessionAsync(CancellationToken.None));
        await store.SaveSessionAsync("one", at, CancellationToken.None);
        await store.SaveSessionAsync("two", at, CancellationToken.None);
        Assert.Equal("two", await store.LoadSessionAsync(CancellationToken.None));

        await store.RecordFailureAsync("boom", at, CancellationToken.None);
        Assert.Equal("boom", (await store.GetStateAsync(CancellationToken.None)).LastError);
        await store.RecordSuccessAsync(at.AddMinutes(1), CancellationToken.None);
        var state = await store.GetStateAsync(CancellationToken.None);
        Assert.Null(state.LastError);
        Assert.Equal(at.AddMinutes(1), state.LastSuccessAt);
    }

    [Theory, Providers]
    public async Task Rendering_again_rewrites_every_rows_legacy_texts(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var store = await db.OwnerAsync();
        await store.ReplaceTransactionsAsync(Day.AddDays(-3000), Day, [.. Enumerable.Range(1, 4500).Select(i => Row(i, Day.AddDays(-(i % 2900))))], CancellationToken.None);

        await store.RenderAgainAsync(upstream => new LegacyRenderings("F" + upstream.Length, "C"), "hash-2", CancellationToken.None);

        var texts = await ToListAsync(store.ReadTransactionsAsync(Day.AddDays(-3000), Day, TransactionText.LegacyClean, CancellationToken.None));
        Assert.Equal(4500, texts.Count);
        Assert.All(texts, t => Assert.Equal("C", t));
        Assert.Equal("hash-2", (await store.GetStateAsync(CancellationToken.None)).CategoriesHash);
    }

    [Theory, Providers]
    public async Task A_lock_is_held_by_one_instance_at_a_time_and_free_again_when_released(StoreProvider provider)
    {
        await using var db = await TestDatabase.CreateAsync(provider);
        var first = await db.OwnerAsync();
        var second = await db.OwnerAsync(); // another instance: its own StoreDatabase on the same database

        var held = await first.TryLockAsync("sync", CancellationToken.None);
        Assert.NotNull(held);
        Assert.Null(await second.TryLockAsync("sync", CancellationToken.None));
        Assert.Null(await first.TryLockAsync("sync", CancellationToken.None));
        await using (var other = await second.TryLockAsync("login", CancellationToken.None))
        {
            Assert.NotNull(other); // another purpose is another lock
        }
        await held!.DisposeAsync();

        await using var again = await second.TryLockAsync("sync", CancellationToken.None);
        Assert.NotNull(again);
    }

    private static async Task<List<string>> ToListAsync(IAsyncEnumerable<string> rows)
    {
        var list = new List<string>();
        await foreach (var row in rows)
        {
            list.Add(row);
        }
        return list;
    }
}
