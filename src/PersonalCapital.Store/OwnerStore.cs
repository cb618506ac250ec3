using System.Data.Common;
using System.Globalization;
using System.Runtime.CompilerServices;
using Dapper;
using PersonalCapital.Store.Database;
using PersonalCapital.Store.Model;

namespace PersonalCapital.Store;

/// <summary><see cref="IOwnerStore"/> over either provider; the SQL below means the same to SQLite and PostgreSQL.</summary>
public sealed class OwnerStore : IOwnerStore
{
    private const string DateFormat = "yyyy-MM-dd";
    private readonly StoreDatabase _database;

    public OwnerStore(StoreDatabase database, string login)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(login);
        _database = database;
        Login = login;
    }

    public string Login { get; }

    public StoreProvider Provider => _database.Provider;

    /// <summary>Applies migrations and makes this login's bookkeeping row.</summary>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        await _database.MigrateAsync(cancellationToken);
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(
            "INSERT INTO sync_state (login, history_complete, version) VALUES (@login, FALSE, 0) ON CONFLICT (login) DO NOTHING",
            new { login = Login }, cancellationToken: cancellationToken));
    }

    // ---- reading ------------------------------------------------------------------------------------------------

    public async Task<StoreState> GetStateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<StateRow>(new CommandDefinition("""
            SELECT coverage_start AS CoverageStart, coverage_end AS CoverageEnd,
                   CAST(history_complete AS INTEGER) AS HistoryComplete, version AS Version,
                   last_success_at AS LastSuccessAt, last_error AS LastError, last_error_at AS LastErrorAt,
                   categories_hash AS CategoriesHash
            FROM sync_state WHERE login = @login
            """, new { login = Login }, cancellationToken: cancellationToken));
        return row is null
            ? new StoreState(null, null, false, 0, null, null, null, null)
            : new StoreState(ParseDate(row.CoverageStart), ParseDate(row.CoverageEnd), row.HistoryComplete != 0, row.Version,
                ParseTime(row.LastSuccessAt), row.LastError, ParseTime(row.LastErrorAt), row.CategoriesHash);
    }

    public async Task<int> CountTransactionsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
            "SELECT COUNT(*) FROM transactions WHERE login = @login", new { login = Login }, cancellationToken: cancellationToken));
    }

    public async IAsyncEnumerable<string> ReadTransactionsAsync(
        DateOnly start,
        DateOnly end,
        TransactionText text,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var column = text switch
        {
            TransactionText.Upstream => "upstream",
            TransactionText.LegacyFull => "legacy_full",
            TransactionText.LegacyClean => "legacy_clean",
            _ => throw new ArgumentOutOfRangeException(nameof(text)),
        };
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {column} FROM transactions WHERE login = @login AND date >= @start AND date <= @end ORDER BY date DESC, day_rank";
        AddParameter(command, "login", Login);
        AddParameter(command, "start", Format(start));
        AddParameter(command, "end", Format(end));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader.GetString(0);
        }
    }

    public async Task<StoredDocument?> GetDocumentAsync(string kind, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<(string Body, string SyncedAt)>(new CommandDefinition(
            "SELECT body, synced_at FROM documents WHERE login = @login AND kind = @kind",
            new { login = Login, kind }, cancellationToken: cancellationToken));
        return row.Body is null ? null : new StoredDocument(kind, row.Body, ParseTime(row.SyncedAt)!.Value);
    }

    public async Task<IReadOnlyList<HistoryDay>> ReadHistoryAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<(string Date, string? Networth, string? Balances)>(new CommandDefinition(
            "SELECT date, networth, balances FROM history_days WHERE login = @login AND date >= @start AND date <= @end ORDER BY date",
            new { login = Login, start = Format(start), end = Format(end) }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new HistoryDay(ParseDate(r.Date)!.Value, r.Networth, r.Balances))];
    }

    public async Task<IReadOnlyList<SyncRun>> RecentRunsAsync(int count, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<RunRow>(new CommandDefinition("""
            SELECT id AS Id, instance AS Instance, started_at AS StartedAt, ended_at AS EndedAt,
                   added AS Added, changed AS Changed, removed AS Removed, error AS Error
            FROM sync_runs WHERE login = @login ORDER BY seq DESC LIMIT @count
            """, new { login = Login, count }, cancellationToken: cancellationToken));
        return [.. rows.Select(r => new SyncRun(r.Id, r.Instance, ParseTime(r.StartedAt)!.Value, ParseTime(r.EndedAt),
            (int)r.Added, (int)r.Changed, (int)r.Removed, r.Error))];
    }

    // ---- writing ------------------------------------------------------------------------------------------------

    public async Task<ChangeCounts> ReplaceTransactionsAsync(
        DateOnly start,
        DateOnly end,
        IReadOnlyList<StoredTransaction> rows,
        CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        var existing = (await connection.QueryAsync<(long Id, string Date, string Upstream)>(new CommandDefinition(
                "SELECT id, date, upstream FROM transactions WHERE login = @login AND date >= @start AND date <= @end",
                new { login = Login, start = Format(start), end = Format(end) }, transaction, cancellationToken: cancellationToken)))
            .ToDictionary(r => r.Id, r => r.Upstream);
        var incoming = rows.Select(r => r.Id).ToHashSet();
        var gone = existing.Keys.Where(id => !incoming.Contains(id)).ToList();
        var fresh = rows.Where(r => !existing.TryGetValue(r.Id, out var old) || !string.Equals(old, r.Upstream, StringComparison.Ordinal)).ToList();

        // A row new to this range may exist outside it (its date moved): that is a change, not an addition.
        var movedIn = 0;
        var outsiders = fresh.Where(r => !existing.ContainsKey(r.Id)).Select(r => r.Id).ToList();
        foreach (var batch in outsiders.Chunk(500))
        {
            movedIn += (int)await connection.ExecuteScalarAsync<long>(new CommandDefinition(
                $"SELECT COUNT(*) FROM transactions WHERE login = @login AND id IN ({string.Join(',', batch)})",
                new { login = Login }, transaction, cancellationToken: cancellationToken));
        }
        foreach (var batch in gone.Chunk(500))
        {
            await connection.ExecuteAsync(new CommandDefinition(
                $"DELETE FROM transactions WHERE login = @login AND id IN ({string.Join(',', batch)})",
                new { login = Login }, transaction, cancellationToken: cancellationToken));
        }
        // Same-day order can change without any row changing; day ranks are rewritten for every incoming row.
        await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO transactions (login, id, account_id, date, day_rank, pending, category_id, amount, upstream, legacy_full, legacy_clean)
            VALUES (@Login, @Id, @AccountId, @Date, @DayRank, @Pending, @CategoryId, @Amount, @Upstream, @LegacyFull, @LegacyClean)
            ON CONFLICT (login, id) DO UPDATE SET
                account_id = excluded.account_id, date = excluded.date, day_rank = excluded.day_rank, pending = excluded.pending,
                category_id = excluded.category_id, amount = excluded.amount, upstream = excluded.upstream,
                legacy_full = excluded.legacy_full, legacy_clean = excluded.legacy_clean
            """, rows.Select(r => new
            {
                Login,
                r.Id,
                r.AccountId,
                Date = Format(r.Date),
                r.DayRank,
                r.Pending,
                r.CategoryId,
                r.Amount,
                r.Upstream,
                r.LegacyFull,
                r.LegacyClean,
            }), transaction, cancellationToken: cancellationToken));

        var added = fresh.Count(r => !existing.ContainsKey(r.Id)) - movedIn;
        var counts = new ChangeCounts(added, fresh.Count - added, gone.Count);
        await connection.ExecuteAsync(new CommandDefinition("""
            UPDATE sync_state SET
                coverage_start = CASE WHEN coverage_start IS NULL OR coverage_start > @start THEN @start ELSE coverage_start END,
                coverage_end = CASE WHEN coverage_end IS NULL OR coverage_end < @end THEN @end ELSE coverage_end END,
                version = version + @bump
            WHERE login = @login
            """, new { login = Login, start = Format(start), end = Format(end), bump = counts.Any ? 1 : 0 }, transaction,
            cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    public async Task RenderAgainAsync(Func<string, LegacyRenderings> render, string categoriesHash, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var lastId = long.MinValue;
        while (true)
        {
            var page = (await connection.QueryAsync<(long Id, string Upstream)>(new CommandDefinition(
                "SELECT id, upstream FROM transactions WHERE login = @login AND id > @lastId ORDER BY id LIMIT 2000",
                new { login = Login, lastId }, transaction, cancellationToken: cancellationToken))).ToList();
            if (page.Count == 0)
            {
                break;
            }
            await connection.ExecuteAsync(new CommandDefinition(
                "UPDATE transactions SET legacy_full = @Full, legacy_clean = @Clean WHERE login = @Login AND id = @Id",
                page.Select(r => render(r.Upstream) is var t ? new { Login, r.Id, t.Full, t.Clean } : null),
                transaction, cancellationToken: cancellationToken));
            lastId = page[^1].Id;
        }
        await connection.ExecuteAsync(new CommandDefinition(
            "UPDATE sync_state SET categories_hash = @categoriesHash, version = version + 1 WHERE login = @login",
            new { login = Login, categoriesHash }, transaction, cancellationToken: cancellationToken));
        await transaction.CommitAsync(cancellationToken);
    }

    public async Task<bool> PutDocumentsAsync(IReadOnlyList<(string Kind, string Body)> documents, DateTimeOffset syncedAt, CancellationToken cancellationToken,
        bool changesVersion = true)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = 0;
        foreach (var (kind, body) in documents)
        {
            changed += await connection.ExecuteAsync(new CommandDefinition("""
                INSERT INTO documents (login, kind, body, synced_at) VALUES (@login, @kind, @body, @at)
                ON CONFLICT (login, kind) DO UPDATE SET body = excluded.body, synced_at = excluded.synced_at
                WHERE documents.body <> excluded.body
                """, new { login = Login, kind, body, at = Format(syncedAt) }, transaction, cancellationToken: cancellationToken));
        }
        await BumpIfAsync(connection, transaction, changesVersion && changed > 0, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }

    public async Task<bool> PutHistoryAsync(IReadOnlyList<HistoryDay> days, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(new CommandDefinition("""
            INSERT INTO history_days (login, date, networth, balances) VALUES (@Login, @Date, @Networth, @Balances)
            ON CONFLICT (login, date) DO UPDATE SET networth = excluded.networth, balances = excluded.balances
            WHERE history_days.networth IS DISTINCT FROM excluded.networth OR history_days.balances IS DISTINCT FROM excluded.balances
            """, days.Select(d => new { Login, Date = Format(d.Date), d.Networth, d.Balances }), transaction, cancellationToken: cancellationToken));
        await BumpIfAsync(connection, transaction, changed > 0, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return changed > 0;
    }

    public Task MarkHistoryCompleteAsync(CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE sync_state SET history_complete = TRUE WHERE login = @login", new { login = Login }, cancellationToken);

    public Task RecordSuccessAsync(DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE sync_state SET last_success_at = @at, last_error = NULL, last_error_at = NULL WHERE login = @login",
            new { login = Login, at = Format(at) }, cancellationToken);

    public Task RecordFailureAsync(string error, DateTimeOffset at, CancellationToken cancellationToken) =>
        ExecuteAsync("UPDATE sync_state SET last_error = @error, last_error_at = @at WHERE login = @login",
            new { login = Login, error, at = Format(at) }, cancellationToken);

    public async Task<string> StartRunAsync(string instance, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var id = Guid.NewGuid().ToString("N");
        await ExecuteAsync(
            """
            INSERT INTO sync_runs (id, login, seq, instance, started_at, added, changed, removed)
            SELECT @id, @login, COALESCE(MAX(seq), 0) + 1, @instance, @at, 0, 0, 0 FROM sync_runs WHERE login = @login
            """,
            new { id, login = Login, instance, at = Format(at) }, cancellationToken);
        return id;
    }

    public Task FinishRunAsync(string id, DateTimeOffset at, ChangeCounts counts, string? error, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            UPDATE sync_runs SET ended_at = @at, added = @added, changed = @changed, removed = @removed, error = @error
            WHERE id = @id AND login = @login
            """, new { id, login = Login, at = Format(at), added = counts.Added, changed = counts.Changed, removed = counts.Removed, error },
            cancellationToken);

    // ---- sharing the work between instances ---------------------------------------------------------------------

    public Task<IAsyncDisposable?> TryLockAsync(string purpose, CancellationToken cancellationToken) =>
        _database.TryLockAsync($"{purpose}:{Login}", cancellationToken);

    public async Task<string?> LoadSessionAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<string>(new CommandDefinition(
            "SELECT content FROM sessions WHERE login = @login", new { login = Login }, cancellationToken: cancellationToken));
    }

    public Task SaveSessionAsync(string content, DateTimeOffset savedAt, CancellationToken cancellationToken) =>
        ExecuteAsync("""
            INSERT INTO sessions (login, content, saved_at) VALUES (@login, @content, @at)
            ON CONFLICT (login) DO UPDATE SET content = excluded.content, saved_at = excluded.saved_at
            """, new { login = Login, content, at = Format(savedAt) }, cancellationToken);

    // ---- plumbing -----------------------------------------------------------------------------------------------

    private async Task ExecuteAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await _database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition(sql, parameters, cancellationToken: cancellationToken));
    }

    private Task BumpIfAsync(DbConnection connection, DbTransaction transaction, bool changed, CancellationToken cancellationToken) =>
        changed
            ? connection.ExecuteAsync(new CommandDefinition("UPDATE sync_state SET version = version + 1 WHERE login = @login",
                new { login = Login }, transaction, cancellationToken: cancellationToken))
            : Task.CompletedTask;

    private static void AddParameter(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    internal static string Format(DateOnly date) => date.ToString(DateFormat, CultureInfo.InvariantCulture);

    internal static string Format(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    private static DateOnly? ParseDate(string? text) =>
        DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static DateTimeOffset? ParseTime(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time) ? time : null;

    // Classes with setters, not records: Dapper then converts each provider's integer widths.
    private sealed class StateRow
    {
        public string? CoverageStart { get; set; }
        public string? CoverageEnd { get; set; }
        public long HistoryComplete { get; set; }
        public long Version { get; set; }
        public string? LastSuccessAt { get; set; }
        public string? LastError { get; set; }
        public string? LastErrorAt { get; set; }
        public string? CategoriesHash { get; set; }
    }

    private sealed class RunRow
    {
        public string Id { get; set; } = "";
        public string Instance { get; set; } = "";
        public string StartedAt { get; set; } = "";
        public string? EndedAt { get; set; }
        public long Added { get; set; }
        public long Changed { get; set; }
        public long Removed { get; set; }
        public string? Error { get; set; }
    }
}
