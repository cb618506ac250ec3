using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class PerformanceAndQuotesTests
{
    [Fact]
    public void Performance_history_covers_the_investment_accounts_and_the_benchmarks()
    {
        var api = TestData.Api();
        var investmentIds = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts"))
            .Where(a => a.Text("productType") == "INVESTMENT").Select(a => a["userAccountId"]!.ToJsonString()).ToList();

        var spData = TestData.Call(api, "account/getPerformanceHistories", ("startDate", "2026-01-01"), ("endDate", "2026-03-31"),
            ("interval", "DAY"), ("requireBenchmark", "true"), ("userAccountIds", $"[{string.Join(',', investmentIds)},30001234]"));
        var history = spData["performanceHistory"]!.AsArray();
        var benchmarks = spData["benchmarkPerformanceHistory"]!.AsArray();

        Assert.Equal(90, history.Count);
        Assert.Equal(history.Count, benchmarks.Count);
        Assert.Equal(0m, history[0]!["aggregatePerformance"].Number());
        Assert.All(history, h => Assert.All(investmentIds, id => Assert.NotNull(h![id])));
        Assert.DoesNotContain(history, h => h!.AsObject().ContainsKey("30001234"));
        Assert.All(new[] { "^INX", "^PC_US_STOCKS", "^PC_BLENDED", "^PC_INTL_STOCKS", "^PC_US_BONDS", "^PC_INTL_BONDS", "^PC_ALTERNATIVES" },
            key => Assert.Equal(0m, benchmarks[0]![key].Number()));
        Assert.Contains(benchmarks, b => b!["^INX"].Number() != 0m);
        var summaries = spData["accountSummaries"]!.AsArray().Select(s => s!["userAccountId"]!.ToJsonString());
        Assert.Equal(investmentIds, summaries);
    }

    [Fact]
    public void Quotes_have_histories_a_portfolio_index_and_latest_quotes()
    {
        var spData = TestData.Call(TestData.Api(), "invest/getQuotes", ("userAccountIds", "[]"), ("startDate", "2026-02-01"),
            ("endDate", "2026-03-31"), ("intervalType", "DAY"), ("includeHistory", "true"), ("includeYOUHistory", "true"));
        var histories = spData["histories"]!.AsArray();

        Assert.Equal("2026-02-01", histories[0]!["date"]!.GetValue<string>());
        Assert.Equal("2026-03-31", histories[^1]!["date"]!.GetValue<string>());
        Assert.Equal(100m, histories[0]!["YOU"].Number());
        Assert.All(histories, h => Assert.True(h!["^INX"].Number() > 0 && h["^DJI"].Number() > 0 && h["^IXIC"].Number() > 0));
        Assert.Equal(histories[^1]!["YOU"].Number(), spData["latestPortfolio"]!["last"].Number());
        var quotes = spData["latestQuotes"]!.AsArray().Select(q => q!.AsObject()).ToList();
        Assert.Equal(["^INX", "^DJI", "^IXIC"], quotes.Select(q => q.Text("ticker")));
        Assert.All(quotes, q => Assert.Equal(histories[^1]![q.Text("ticker")].Number(), q["last"].Number()));
        Assert.Contains(quotes, q => q.Text("bid") == "NaN");
    }

    [Fact]
    public void Prices_follow_the_market_into_the_past()
    {
        // A Buy row's price times its quantity is its amount (to the cent), and prices differ from day to day.
        var rows = TestData.AllTransactions(TestData.Api()).Where(t => t.Text("transactionType") == "Buy" && t.Text("symbol") == "VTI").ToList();

        Assert.All(rows, t => Assert.InRange(t["price"].Number() * t.Quantity()!.Value - t.Amount(), -0.01m * t["price"].Number(), 0.01m * t["price"].Number()));
        Assert.True(rows.Select(t => t["price"].Number()).Distinct().Count() > rows.Count / 2);
    }
}
