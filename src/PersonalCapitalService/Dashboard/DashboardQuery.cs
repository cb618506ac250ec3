using PersonalCapital.Client;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Transport;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.V1.Accounts;
using PersonalCapitalService.V1.Common;
using PersonalCapitalService.V1.NetWorth;
using PersonalCapitalService.V1.Transactions;

namespace PersonalCapitalService.Dashboard;

/// <summary>Reads what the dashboard shows through the same records as /v1/, so the page and the API never disagree.</summary>
internal sealed class DashboardQuery(V1Request request, PersonalCapitalClient client, IServiceProvider services)
{
    public const int LatestCount = 15;
    public const int ChartDays = 365;
    public const int LatestDays = 30;

    public static readonly IReadOnlyList<CsvDownload> Downloads =
    [
        new("Accounts", "/v1/accounts.csv"),
        new("Transactions, last month", "/v1/transactions.csv?range=last-month"),
        new("Transactions, this year", "/v1/transactions.csv?range=ytd"),
        new("Holdings", "/v1/holdings.csv"),
        new("Categories", "/v1/categories.csv"),
        new("Net worth, weekly, last year", "/v1/networth.csv?days=365&interval=week"),
        new("Balances, monthly, this year", "/v1/balances.csv?range=ytd&interval=month"),
        new("Cash flow by month, this year", "/v1/cashflow.csv?range=ytd"),
        new("Cash flow by category, last month", "/v1/cashflow.csv?range=last-month&by=category"),
        new("Spending", "/v1/spending.csv"),
        new("Performance, this year", "/v1/performance.csv?range=ytd"),
    ];

    public async Task<DashboardModel> ReadAsync(string pathBase, CancellationToken cancellationToken)
    {
        // Optional: the sync registers it; without one the page says there is no sync yet.
        var sync = services.GetService<ISyncStatusSource>()?.Current;
        DashboardData? data = null;
        string? error = null;
        try
        {
            data = await DataAsync(cancellationToken);
        }
        catch (UpstreamException failure)
        {
            error = failure.Message;
        }
        catch (CredentialException failure)
        {
            error = failure.Message;
        }
        return new DashboardModel(client.Status, sync, data, error, Downloads, pathBase);
    }

    private async Task<DashboardData> DataAsync(CancellationToken cancellationToken)
    {
        var today = request.Today;
        var accounts = await request.AccountsAsync(cancellationToken);
        var groups = AccountGroups.All
            .Select(g => new AccountGroupView(g, [.. accounts.Where(a => a.Group == g && !(a.Closed && a.Balance == 0m))]))
            .Where(g => g.Accounts.Count > 0)
            .ToList();
        var chart = V1Ranges.LastDays(today, ChartDays);
        var histories = await request.Data.GetHistoriesAsync(chart.Start, chart.End, cancellationToken);
        var latest = await TransactionRows.ReadAsync(request, V1Ranges.LastDays(today, LatestDays), null, null, cancellationToken);
        return new DashboardData(
            NetWorthMapping.ToRecords(histories, HistoryInterval.Week),
            groups,
            [.. latest.Take(LatestCount)],
            today);
    }
}
