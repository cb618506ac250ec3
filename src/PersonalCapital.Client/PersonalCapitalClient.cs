using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Models;
using PersonalCapital.Client.Resilience;
using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client;

/// <summary>
/// The one entry point to the upstream: session upkeep, human login steps, and typed data calls. Data calls renew an
/// expired session once (silently, only when no human is needed; concurrent callers share one login) and retry
/// transient trouble; everything else surfaces as a classified <see cref="UpstreamException"/>.
/// </summary>
public sealed class PersonalCapitalClient
{
    private readonly UpstreamTransport _transport;
    private readonly SessionManager _sessions;
    private readonly DataCallPipeline _pipeline;
    private readonly DataCallRecord _dataCalls;
    private readonly PersonalCapitalOptions _options;

    internal PersonalCapitalClient(
        UpstreamTransport transport,
        SessionManager sessions,
        DataCallPipeline pipeline,
        DataCallRecord dataCalls,
        IOptions<PersonalCapitalOptions> options)
    {
        _dataCalls = dataCalls;
        _transport = transport;
        _sessions = sessions;
        _pipeline = pipeline;
        _options = options.Value;
    }

    /// <summary>Session state and how recent calls went.</summary>
    public SessionStatus Status => _sessions.Status;

    /// <summary>How the data calls went, apart from the session probe (health: can data be served).</summary>
    public DataCallStatus DataCalls => _dataCalls.Current;

    /// <summary>Why the session file could not be written the last time the session changed (one sentence), or null.</summary>
    public string? SessionSaveProblem => _sessions.SaveProblem;

    /// <summary>True when the login waiting for a second factor can only use SMS (Empower's new sign-in).</summary>
    public bool SecondFactorOffersOnlySms => _sessions.WaitingLoginOffersOnlySms;

    /// <summary>The challenge sent for the login that waits for its code, if one was sent.</summary>
    public SentChallenge? WaitingChallenge => _sessions.WaitingChallenge;

    // ---- session upkeep and human login -------------------------------------------------------------------------

    /// <summary>One cheap authenticated call; an expired session gets one silent login. Never prompts, never throws for upstream trouble.</summary>
    public Task<SessionStatus> KeepAliveAsync(CancellationToken cancellationToken = default) =>
        _sessions.KeepAliveAsync(cancellationToken);

    /// <summary>Reuses a live session or logs in as far as possible without a code.</summary>
    public Task<LoginProgress> BeginLoginAsync(CancellationToken cancellationToken = default) =>
        _sessions.BeginLoginAsync(cancellationToken);

    /// <summary>Sends the second-factor challenge (texts, mails, calls the owner, or readies the authenticator check). Never retried.</summary>
    public Task SendChallengeAsync(TwoFactorMethod method, CancellationToken cancellationToken = default) =>
        _sessions.SendChallengeAsync(method, cancellationToken);

    /// <summary>Finishes the login with the code of the challenge sent.</summary>
    public Task<LoginProgress> CompleteLoginAsync(string code, CancellationToken cancellationToken = default) =>
        _sessions.CompleteLoginAsync(code, cancellationToken);

    /// <summary>
    /// Takes up a session signed in in a browser, for when automated sign-in is blocked: <paramref name="cookieHeader"/>
    /// is the browser's <c>Cookie</c> request header to the API host, <paramref name="csrf"/> its csrf token if known
    /// (otherwise the home page gives one for those cookies). One cheap authenticated call checks it; then it is saved
    /// like any other session. Nothing of either value is ever logged or put in a message.
    /// </summary>
    /// <exception cref="FormatException">The header is not a Cookie header.</exception>
    /// <exception cref="UpstreamException">The upstream does not take it as a signed-in session, or could not be asked.</exception>
    public Task ImportSessionAsync(string cookieHeader, string? csrf = null, CancellationToken cancellationToken = default) =>
        _sessions.ImportAsync(Session.CookieHeader.Parse(cookieHeader, _options.BaseUrl), csrf, cancellationToken);

    /// <summary>
    /// A whole login: reuse or silent login (or continue one already waiting for a code), else challenge by
    /// <paramref name="method"/> (SMS when the account offers nothing else) and ask <paramref name="codes"/>.
    /// </summary>
    public async Task<LoginProgress> LoginAsync(
        ITwoFactorCodeSource codes,
        TwoFactorMethod? method = null,
        CancellationToken cancellationToken = default)
    {
        if (!_sessions.IsWaitingForSecondFactor && await BeginLoginAsync(cancellationToken) == LoginProgress.Authenticated)
        {
            return LoginProgress.Authenticated;
        }
        var chosen = SecondFactorOffersOnlySms ? TwoFactorMethod.Sms : method ?? _options.TwoFactorMethod;
        await SendChallengeAsync(chosen, cancellationToken);
        var code = await codes.GetCodeAsync(chosen, cancellationToken);
        if (string.IsNullOrWhiteSpace(code))
        {
            throw new UpstreamException(UpstreamFailure.SecondFactorRequired, "No code was entered.");
        }
        return await CompleteLoginAsync(code, cancellationToken);
    }

    // ---- data -------------------------------------------------------------------------------------------------

    public async Task<AccountList> GetAccountsAsync(CancellationToken cancellationToken = default) =>
        new(await CallObjectAsync("newaccount/getAccounts", [], cancellationToken));

    public async Task<AccountList> GetAccounts2Async(CancellationToken cancellationToken = default) =>
        new(await CallObjectAsync("newaccount/getAccounts2", [], cancellationToken));

    /// <summary>
    /// Every transaction from <paramref name="start"/> to <paramref name="end"/>, newest first, however the upstream
    /// pages: pages are fetched until a short one, or until a page brings nothing new (an upstream that ignores paging).
    /// </summary>
    public async Task<TransactionList> GetTransactionsAsync(
        DateOnly start,
        DateOnly end,
        IReadOnlyCollection<long>? accountIds = null,
        CancellationToken cancellationToken = default)
    {
        var pageSize = _options.TransactionPageSize;
        JsonObject? first = null;
        var rows = new List<JsonObject>();
        var seen = new HashSet<long>();
        var pages = 0;
        while (pages < _options.MaxTransactionPages)
        {
            List<KeyValuePair<string, string>> fields =
            [
                new("startDate", Format(start)),
                new("endDate", Format(end)),
                new("sort_cols", "transactionTime"),
                new("sort_rev", "true"),
                new("page", pages.ToString(CultureInfo.InvariantCulture)),
                new("rows_per_page", pageSize.ToString(CultureInfo.InvariantCulture)),
                new("component", "DATAGRID"),
            ];
            if (accountIds is { Count: > 0 })
            {
                fields.Add(new("userAccountIds", JsonSerializer.Serialize(accountIds)));
            }
            var page = await CallObjectAsync("transaction/getUserTransactions", fields, cancellationToken);
            pages++;
            first ??= page;
            var pageRows = new TransactionList(page).TakeRows();
            var fresh = pageRows.Where(r => new Transaction(r).UserTransactionId is not { } id || seen.Add(id)).ToList();
            rows.AddRange(fresh);
            // A paging upstream sends exactly a full page while rows remain; a short page is the last, and a longer
            // one (or one with nothing new) means the upstream ignores paging and already sent everything.
            if (pageRows.Count != pageSize || fresh.Count == 0)
            {
                break;
            }
        }
        first!["transactions"] = new JsonArray([.. rows]);
        if (pages > 1)
        {
            RecomputeTotals(first, rows);
        }
        return new TransactionList(first);
    }

    public async Task<IReadOnlyList<Category>> GetCategoriesAsync(CancellationToken cancellationToken = default) =>
        [.. (await CallArrayAsync("transactioncategory/getCategories", [], cancellationToken)).OfType<JsonObject>().Select(o => new Category(o))];

    public async Task<IReadOnlyList<Tag>> GetTagsAsync(CancellationToken cancellationToken = default) =>
        [.. (await CallArrayAsync("transactiontag/getTags", [], cancellationToken)).OfType<JsonObject>().Select(o => new Tag(o))];

    /// <param name="classificationStyles">"none" (default upstream), "allocation", "sector", "all"; null sends nothing.</param>
    public async Task<HoldingList> GetHoldingsAsync(
        IReadOnlyCollection<string>? classificationStyles = null,
        IReadOnlyCollection<long>? accountIds = null,
        CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<string, string>> fields = [];
        if (classificationStyles is { Count: > 0 })
        {
            fields.Add(new("classificationStyles", JsonSerializer.Serialize(classificationStyles)));
        }
        if (accountIds is { Count: > 0 })
        {
            fields.Add(new("userAccountIds", JsonSerializer.Serialize(accountIds)));
        }
        return new HoldingList(await CallObjectAsync("invest/getHoldings", fields, cancellationToken));
    }

    public async Task<AssetClassification> GetAssetClassificationAsync(
        string? sourceAssetId,
        long? userAccountId,
        CancellationToken cancellationToken = default) =>
        new(await CallObjectAsync("invest/getAssetClassification",
        [
            new("sourceAssetId", sourceAssetId ?? ""),
            new("userAccountId", userAccountId?.ToString(CultureInfo.InvariantCulture) ?? ""),
            new("classificationStyles", """["all"]"""),
        ], cancellationToken));

    /// <param name="interval">DAY, WEEK, MONTH or YEAR.</param>
    /// <param name="types">balances, networth, dailyChangeAmount, …</param>
    public async Task<Histories> GetHistoriesAsync(
        DateOnly start,
        DateOnly end,
        string interval = "DAY",
        IReadOnlyCollection<string>? types = null,
        IReadOnlyCollection<long>? accountIds = null,
        CancellationToken cancellationToken = default)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("startDate", Format(start)),
            new("endDate", Format(end)),
            new("interval", interval),
            new("intervalType", interval),
            new("types", JsonSerializer.Serialize(types ?? ["balances", "networth", "dailyChangeAmount"])),
            new("includeNetworthCategoryDetails", "true"),
        ];
        if (accountIds is { Count: > 0 })
        {
            fields.Add(new("userAccountIds", JsonSerializer.Serialize(accountIds)));
        }
        return new Histories(await CallObjectAsync("account/getHistories", fields, cancellationToken));
    }

    public async Task<Spending> GetSpendingAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        new(await CallObjectAsync("account/getUserSpending",
        [
            new("startDate", Format(start)),
            new("endDate", Format(end)),
            new("intervalTypes[]", "MONTH"),
            new("intervalTypes[]", "WEEK"),
            new("intervalTypes[]", "YEAR"),
            new("includeDetails", "true"),
            new("includeValues[]", "CURRENT"),
            new("includeValues[]", "TARGET"),
        ], cancellationToken));

    public async Task<PerformanceHistories> GetPerformanceHistoriesAsync(
        DateOnly start,
        DateOnly end,
        IReadOnlyCollection<long>? accountIds = null,
        CancellationToken cancellationToken = default) =>
        new(await CallObjectAsync("account/getPerformanceHistories",
        [
            new("startDate", Format(start)),
            new("endDate", Format(end)),
            new("interval", "DAY"),
            new("requireBenchmark", "true"),
            new("userAccountIds", JsonSerializer.Serialize(accountIds ?? [])),
        ], cancellationToken));

    public async Task<Quotes> GetQuotesAsync(DateOnly start, DateOnly end, CancellationToken cancellationToken = default) =>
        new(await CallObjectAsync("invest/getQuotes",
        [
            new("userAccountIds", "[]"),
            new("startDate", Format(start)),
            new("endDate", Format(end)),
            new("intervalType", "DAY"),
            new("includeHistory", "true"),
            new("includeYOUHistory", "true"),
        ], cancellationToken));

    // ---- plumbing ---------------------------------------------------------------------------------------------

    private async Task<JsonObject> CallObjectAsync(
        string operation,
        IReadOnlyList<KeyValuePair<string, string>> fields,
        CancellationToken cancellationToken) =>
        await CallAsync(operation, fields, cancellationToken) as JsonObject
            ?? throw new UpstreamException(UpstreamFailure.UpstreamError, $"Empower sent data of an unexpected shape {UpstreamOperations.While(operation)}.");

    private async Task<JsonArray> CallArrayAsync(
        string operation,
        IReadOnlyList<KeyValuePair<string, string>> fields,
        CancellationToken cancellationToken) =>
        await CallAsync(operation, fields, cancellationToken) as JsonArray
            ?? throw new UpstreamException(UpstreamFailure.UpstreamError, $"Empower sent data of an unexpected shape {UpstreamOperations.While(operation)}.");

    /// <summary>
    /// One data call: Polly around (ensure a usable session → call → on "session expired", or an HTML page where JSON
    /// was due, one renewal and one retry; the renewal probes first, so a live session costs no login).
    /// A second "expired" right after a renewal is spurious (the upstream's random missing-spData) and retried as
    /// transient, but the whole call logs in at most once (re-authenticate once).
    /// </summary>
    private async Task<JsonNode> CallAsync(
        string operation,
        IReadOnlyList<KeyValuePair<string, string>> fields,
        CancellationToken cancellationToken)
    {
        var loggedIn = false;
        JsonNode result;
        try
        {
            result = await _pipeline.ExecuteAsync(async token =>
            {
                loggedIn |= await _sessions.EnsureUsableAsync(token);
                var epoch = _sessions.Epoch;
                JsonNode data;
                try
                {
                    data = await _transport.PostDataAsync(operation, fields, token);
                }
                catch (UpstreamException expired) when (expired.Failure == UpstreamFailure.SessionExpired || expired.MayMeanExpiredSession)
                {
                    loggedIn |= await _sessions.RecoverAsync(epoch, token, mayLogIn: !loggedIn);
                    try
                    {
                        data = await _transport.PostDataAsync(operation, fields, token);
                    }
                    catch (UpstreamException again) when (again.Failure == UpstreamFailure.SessionExpired)
                    {
                        throw new UpstreamException(UpstreamFailure.UpstreamError,
                            $"Empower refused the session it had just renewed {UpstreamOperations.While(operation)}; the service tries again.",
                            isTransient: true, again);
                    }
                }
                return data;
            }, cancellationToken);
        }
        catch (UpstreamException failure)
        {
            await _sessions.RecordFailureAsync(failure, cancellationToken);
            _dataCalls.RecordFailure(failure);
            throw;
        }
        _sessions.RecordSuccess();
        _dataCalls.RecordSuccess();
        await _sessions.SaveIfChangedAsync(cancellationToken);
        return result;
    }

    /// <summary>Totals of one page do not describe several: recompute them from every row (§6.2).</summary>
    private static void RecomputeTotals(JsonObject data, IReadOnlyList<JsonObject> rows)
    {
        var typed = rows.Select(r => new Transaction(r)).ToList();
        var moneyIn = typed.Where(t => t.IsCashIn == true).Sum(t => t.Amount ?? 0);
        var moneyOut = typed.Where(t => t.IsCashOut == true).Sum(t => t.Amount ?? 0);
        data["moneyIn"] = moneyIn;
        data["moneyOut"] = moneyOut;
        data["netCashflow"] = moneyIn - moneyOut;
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
