using System.ComponentModel;
using ModelContextProtocol;
using ModelContextProtocol.Server;
using PersonalCapital.Client;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Transport;
using PersonalCapitalService.Input;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.V1.Accounts;
using PersonalCapitalService.V1.Cashflow;
using PersonalCapitalService.V1.Common;
using PersonalCapitalService.V1.Holdings;
using PersonalCapitalService.V1.NetWorth;
using PersonalCapitalService.V1.Transactions;

namespace PersonalCapitalService.Mcp;

/// <summary>
/// Read-only MCP tools over the owner's data (through <see cref="V1Request"/>, so through IOwnerData) answering with
/// the v1 records. Ranges take the v1 parameters (start/end, days, or range). Bad arguments and upstream trouble are
/// tool errors (<see cref="McpException"/>) with a sentence for the assistant, never a failed HTTP request.
/// </summary>
[McpServerToolType]
internal sealed class FinanceTools(V1Request request, PersonalCapitalClient client, IServiceProvider services)
{
    /// <summary>Enough for an assistant's context; the count says how many there were.</summary>
    public const int MaxTransactions = 500;

    private const string RangeHelp =
        "Give start and end (yyyy-MM-dd, inclusive), or days (the last N days), or range (this-month, last-month, ytd, last-year, all). Default: the last 30 days.";

    [McpServerTool(Name = "accounts", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Every linked account: id, name, institution, type, group, balance (liabilities negative), currency, closed, last refreshed.")]
    public Task<IReadOnlyList<AccountRecord>> AccountsAsync(CancellationToken cancellationToken) =>
        Guard(() => request.AccountsAsync(cancellationToken));

    [McpServerTool(Name = "transactions", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Transactions of a date range, newest first, optionally of one account and one category. Amounts are signed: money in positive. " + RangeHelp)]
    public Task<TransactionsAnswer> TransactionsAsync(
        [Description("First date, yyyy-MM-dd.")] string? start = null,
        [Description("Last date, yyyy-MM-dd.")] string? end = null,
        [Description("The last N days, instead of start and end.")] string? days = null,
        [Description("this-month, last-month, ytd, last-year or all.")] string? range = null,
        [Description("An account id or its exact name (see the accounts tool).")] string? account = null,
        [Description("A category id or its exact name.")] string? category = null,
        CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            var dates = Range(start, end, days, range);
            var accountId = Found(await request.AccountAsync(account, cancellationToken), "account", account);
            var categoryId = Found(await request.CategoryAsync(category, cancellationToken), "category", category);
            var rows = await TransactionRows.ReadAsync(request, dates, accountId, categoryId, cancellationToken);
            return new TransactionsAnswer(dates.Start, dates.End, rows.Count, rows.Count > MaxTransactions, [.. rows.Take(MaxTransactions)]);
        });

    [McpServerTool(Name = "net_worth_history", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Assets, liabilities (negative) and net worth per day, week or month over a range. " + RangeHelp)]
    public Task<IReadOnlyList<NetWorthRecord>> NetWorthAsync(
        [Description("First date, yyyy-MM-dd.")] string? start = null,
        [Description("Last date, yyyy-MM-dd.")] string? end = null,
        [Description("The last N days, instead of start and end.")] string? days = null,
        [Description("this-month, last-month, ytd, last-year or all.")] string? range = null,
        [Description("day (default), week or month.")] string? interval = null,
        CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            var dates = Range(start, end, days, range);
            if (!HistoryIntervals.TryParse(interval, out var every))
            {
                throw new McpException("interval must be day, week or month.");
            }
            return NetWorthMapping.ToRecords(await request.Data.GetHistoriesAsync(dates.Start, dates.End, cancellationToken), every);
        });

    [McpServerTool(Name = "holdings", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Investment holdings: account, ticker, description, quantity, price, value, cost basis; optionally of one account.")]
    public Task<IReadOnlyList<HoldingRecord>> HoldingsAsync(
        [Description("An account id or its exact name (see the accounts tool).")] string? account = null,
        CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            var holdings = (await request.Data.GetHoldingsAsync(cancellationToken)).Holdings.Select(HoldingMapping.ToRecord);
            if (account is null)
            {
                return (IReadOnlyList<HoldingRecord>)[.. holdings];
            }
            var found = Found(await request.AccountAsync(account, cancellationToken), "account", account);
            return [.. holdings.Where(h => h.AccountId == found)];
        });

    [McpServerTool(Name = "cash_flow", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Income, spending and net over a range, per calendar month or per category. Transfers count as neither. " + RangeHelp)]
    public Task<IReadOnlyList<CashflowRecord>> CashFlowAsync(
        [Description("First date, yyyy-MM-dd.")] string? start = null,
        [Description("Last date, yyyy-MM-dd.")] string? end = null,
        [Description("The last N days, instead of start and end.")] string? days = null,
        [Description("this-month, last-month, ytd, last-year or all.")] string? range = null,
        [Description("month (default) or category.")] string? by = null,
        CancellationToken cancellationToken = default) =>
        Guard(async () =>
        {
            var dates = Range(start, end, days, range);
            if (by is not (null or CashflowMapping.ByMonth or CashflowMapping.ByCategory))
            {
                throw new McpException("by must be month or category.");
            }
            var rows = await TransactionRows.ReadAsync(request, dates, null, null, cancellationToken);
            return by == CashflowMapping.ByCategory ? CashflowMapping.ByCategories(rows) : CashflowMapping.ByMonths(rows, dates);
        });

    [McpServerTool(Name = "status", ReadOnly = true, Idempotent = true, OpenWorld = false)]
    [Description("Whether the bridge's Empower session works (or needs a second-factor code at /login), when the upstream last answered, and the sync's state when a sync runs.")]
    public StatusAnswer Status()
    {
        var session = client.Status;
        return new StatusAnswer(
            session.State.ToString(),
            session.LastSuccess,
            session.ConsecutiveFailures,
            session.Detail,
            services.GetService<ISyncStatusSource>()?.Current);
    }

    /// <summary>The id an <c>account</c> or <c>category</c> argument names (null without one); a tool error when none has it.</summary>
    private static long? Found(Lookup lookup, string kind, string? text) =>
        lookup.Unknown is null
            ? lookup.Id
            : throw new McpException($"No {kind} is called or numbered '{text}'; " +
                (kind == "account" ? "the accounts tool lists them." : "transactions show the category names in use."));

    private DateRange Range(string? start, string? end, string? days, string? range)
    {
        var none = start is null && end is null && days is null && range is null;
        var parsed = request.Range(new RangeQuery(start, end, none ? "30" : days, range));
        return parsed.IsValid ? parsed.Value : throw new McpException(parsed.ErrorMessage);
    }

    /// <summary>Upstream trouble as a tool error the assistant can relay; the sentences never carry secrets.</summary>
    private static async Task<T> Guard<T>(Func<Task<T>> read)
    {
        try
        {
            return await read();
        }
        catch (UpstreamException failure)
        {
            throw new McpException($"Empower could not be read: {failure.Message}", failure);
        }
        catch (CredentialException failure)
        {
            throw new McpException($"The bridge cannot read its Empower credentials: {failure.Message}", failure);
        }
    }
}

/// <summary>The transactions tool's answer: at most <see cref="FinanceTools.MaxTransactions"/> rows, and how many there were.</summary>
internal sealed record TransactionsAnswer(DateOnly Start, DateOnly End, int Count, bool Truncated, IReadOnlyList<TransactionRecord> Transactions);

/// <summary>The status tool's answer.</summary>
internal sealed record StatusAnswer(string Session, DateTimeOffset? LastUpstreamSuccess, int ConsecutiveFailures, string? Detail, SyncStatus? Sync);
