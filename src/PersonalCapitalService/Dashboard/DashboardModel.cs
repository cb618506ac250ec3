using PersonalCapital.Client.Login;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.V1.Accounts;
using PersonalCapitalService.V1.NetWorth;
using PersonalCapitalService.V1.Transactions;

namespace PersonalCapitalService.Dashboard;

/// <summary>One group of accounts (cash, credit, …) with its subtotal.</summary>
public sealed record AccountGroupView(string Group, IReadOnlyList<AccountRecord> Accounts)
{
    public decimal Total => Accounts.Sum(a => a.Balance);
}

/// <summary>A CSV download of the dashboard: a v1 list with a useful default range.</summary>
public sealed record CsvDownload(string Name, string Href);

/// <summary>Everything one rendering of the dashboard shows.</summary>
/// <param name="Session">The upstream session as the client knows it.</param>
/// <param name="Sync">The sync's state; null when no sync runs in this service (yet).</param>
/// <param name="Data">The owner's data, or null when it could not be read (<paramref name="DataError"/> says why).</param>
public sealed record DashboardModel(
    SessionStatus Session,
    SyncStatus? Sync,
    DashboardData? Data,
    string? DataError,
    IReadOnlyList<CsvDownload> Downloads,
    string PathBase)
{
    /// <summary>What the owner should do next, if anything: a sentence and where to do it.</summary>
    public (string Text, string? Href) NextAction => Session.State switch
    {
        SessionState.NeedsSecondFactor => ("The upstream wants a second factor: log in with a code.", PathBase + "/login"),
        SessionState.CredentialsRejected => ("The upstream refused the credentials: check them, then log in again.", PathBase + "/login"),
        SessionState.Blocked => ("The upstream is throttling requests: wait a few minutes.", null),
        SessionState.Unknown when Data is null => ("The session has not been checked yet: start a login.", PathBase + "/login"),
        _ => ("Nothing to do: the bridge is logged in and serves data.", null),
    };
}

/// <param name="NetWorth">Weekly over the last year, the last point today.</param>
/// <param name="Latest">The newest transactions, newest first.</param>
public sealed record DashboardData(
    IReadOnlyList<NetWorthRecord> NetWorth,
    IReadOnlyList<AccountGroupView> Groups,
    IReadOnlyList<TransactionRecord> Latest,
    DateOnly Today)
{
    public decimal NetWorthTotal => Groups.Sum(g => g.Total);
}
