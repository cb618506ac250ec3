using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Client.Login;
using PersonalCapital.Sandbox;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;

namespace PersonalCapital.Client.Tests.Data;

/// <summary>The typed data calls against the sandbox: request fields honoured, answers read into their models.</summary>
public sealed class DataCallsTests : IAsyncLifetime
{
    private static readonly DateTimeOffset Noon = new(2026, 5, 15, 12, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Today = DateOnly.FromDateTime(Noon.UtcDateTime);

    private readonly TemporaryDirectory _folder = new();
    private SandboxServer _sandbox = null!;
    private ClientHarness _harness = null!;

    private PersonalCapitalClient Client => _harness.Client;

    public async Task InitializeAsync()
    {
        var clock = new FakeTimeProvider(Noon);
        _sandbox = await Sandboxes.StartAsync(time: clock);
        _harness = ClientHarness.Create(_sandbox, _folder.File("session.json"), time: clock);
        await Client.LoginAsync(new SandboxCodeSource(_sandbox), TwoFactorMethod.Sms);
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _sandbox.DisposeAsync();
        _folder.Dispose();
    }

    [Fact]
    public async Task Histories_end_today_on_the_accounts_balances_and_networth()
    {
        var accounts = await Client.GetAccounts2Async();
        var histories = await Client.GetHistoriesAsync(Today.AddDays(-10), Today, "DAY", ["balances", "networth"]);

        Assert.Equal(11, histories.Balances.Count);
        var last = histories.Balances[^1];
        Assert.Equal(Today, last.Date);
        foreach (var account in accounts.Accounts.Where(a => a.ClosedDate is "" && last.AccountBalances.ContainsKey(a.UserAccountId!.Value)))
        {
            var expected = account.IsLiability == true ? -account.Balance!.Value : account.Balance!.Value;
            Assert.Equal(expected, last.AccountBalances[account.UserAccountId!.Value]);
        }
        Assert.Equal(accounts.Networth, histories.Networth[^1].Value);
    }

    [Fact]
    public async Task Monthly_histories_take_one_point_per_month()
    {
        var histories = await Client.GetHistoriesAsync(new DateOnly(2026, 1, 1), new DateOnly(2026, 4, 30), "MONTH", ["networth"]);

        Assert.Equal([1, 2, 3, 4], histories.Networth.Select(p => p.Date!.Value.Month));
        Assert.Empty(histories.Balances);
    }

    [Fact]
    public async Task Holdings_and_transactions_can_be_limited_to_one_account()
    {
        var accounts = await Client.GetAccounts2Async();
        var investment = accounts.Accounts.First(a => a.ProductType == "INVESTMENT" && a.ClosedDate is "").UserAccountId!.Value;

        var holdings = await Client.GetHoldingsAsync(["allocation"], [investment]);
        var transactions = await Client.GetTransactionsAsync(Today.AddMonths(-2), Today, [investment]);

        Assert.NotEmpty(holdings.Holdings);
        Assert.All(holdings.Holdings, h => Assert.Equal(investment, h.UserAccountId));
        Assert.Equal("allocationSevenBox", Assert.Single(holdings.Classifications).Name);
        Assert.NotEmpty(transactions.Transactions);
        Assert.All(transactions.Transactions, t => Assert.Equal(investment, t.UserAccountId));
    }

    [Fact]
    public async Task A_holding_without_ticker_can_be_looked_up()
    {
        var holdings = await Client.GetHoldingsAsync();
        var withoutTicker = holdings.Holdings.Where(h => h.Ticker is "").ToList();

        var components = new List<int>();
        foreach (var holding in withoutTicker)
        {
            components.Add((await Client.GetAssetClassificationAsync(holding.SourceAssetId, holding.UserAccountId)).PortfolioComponents.Count);
        }

        Assert.NotEmpty(withoutTicker);
        Assert.Contains(components, c => c > 0);
        Assert.Contains(components, c => c == 0);
    }

    [Fact]
    public async Task Tags_spending_performance_and_quotes_are_read()
    {
        var accounts = await Client.GetAccounts2Async();
        var investment = accounts.Accounts.First(a => a.ProductType == "INVESTMENT" && a.ClosedDate is "").UserAccountId!.Value;

        var tags = await Client.GetTagsAsync();
        var spending = await Client.GetSpendingAsync(Today.AddMonths(-1), Today);
        var performance = await Client.GetPerformanceHistoriesAsync(Today.AddDays(-30), Today, [investment]);
        var quotes = await Client.GetQuotesAsync(Today.AddDays(-30), Today);

        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.False(string.IsNullOrEmpty(t.TagName)));
        Assert.Equal(["MONTH", "WEEK", "YEAR"], spending.Intervals.Select(i => i.Type).Order());
        Assert.All(spending.Intervals, i => Assert.NotNull(i.Current));
        Assert.NotEmpty(performance.Points);
        Assert.Contains(performance.AccountSummaries, s => s["userAccountId"]!.GetValue<long>() == investment);
        Assert.NotEmpty(quotes.Histories);
        Assert.All(quotes.LatestQuotes, q => Assert.False(string.IsNullOrEmpty(q.Ticker)));
    }
}
