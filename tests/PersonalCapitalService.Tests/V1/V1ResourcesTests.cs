using System.Text.Json.Nodes;
using PersonalCapitalService.Tests.Routes;
using static PersonalCapitalService.Tests.V1.V1Rules;

namespace PersonalCapitalService.Tests.V1;

/// <summary>Every v1 resource on today's demo data, against values computed from the raw upstream answers.</summary>
[Collection(RouteWorldCollection.Name)]
public sealed class V1ResourcesTests(SharedRouteWorld shared)
{
    private readonly V1Answers _v1 = new(shared.World);

    private RouteWorld World => shared.World;

    [Fact]
    public async Task Accounts_are_signed_grouped_and_add_up_to_the_net_worth()
    {
        var raw = await World.Raw.Accounts2Async();
        var rows = await _v1.RowsAsync("v1/accounts");

        JsonComparison.AssertEquivalent(Accounts(raw), rows, "/v1/accounts");
        Assert.Equal(Number(raw["networth"]), rows.Sum(r => r!["balance"]!.GetValue<decimal>()));
        Assert.Contains(rows, r => r!["balance"]!.GetValue<decimal>() < 0 && !r["isAsset"]!.GetValue<bool>());
        Assert.Contains(rows, r => r!["closed"]!.GetValue<bool>());
        Assert.Contains(rows, r => r!["group"]!.GetValue<string>() == "retirement");
    }

    [Fact]
    public async Task Transactions_are_signed_named_and_flat()
    {
        var (start, end) = RouteCatalog.TwoFullMonths(World.Today);
        var categories = CategoriesById(await World.Raw.CategoriesAsync());
        var raw = await World.Raw.TransactionsAsync(start, end);
        var rows = await _v1.RowsAsync($"v1/transactions?start={Wire(start)}&end={Wire(end)}");

        JsonComparison.AssertEquivalent(new JsonArray([.. raw.Select(r => (JsonNode)Transaction(r, categories))]), rows, "/v1/transactions");
        Assert.Contains(rows, r => r!["amount"]!.GetValue<decimal>() < 0);
        Assert.Contains(rows, r => r!["amount"]!.GetValue<decimal>() > 0);
        Assert.Contains(rows, r => r!["categoryName"] is null);
        Assert.Contains(rows, r => r!["merchant"] is null);
        Assert.Contains(rows, r => r!["pending"]!.GetValue<bool>());
        Assert.Contains(rows, r => r!["isTransfer"]!.GetValue<bool>());
        // A refund counts as spending yet brings money in.
        Assert.Contains(rows, r => r!["isSpending"]!.GetValue<bool>() && r["amount"]!.GetValue<decimal>() > 0);
    }

    [Fact]
    public async Task Transactions_of_one_account_by_name_or_id_and_of_one_category()
    {
        var (start, end) = RouteCatalog.TwoFullMonths(World.Today);
        var range = $"start={Wire(start)}&end={Wire(end)}";
        var raw = await World.Raw.TransactionsAsync(start, end);
        var checkingId = raw.First(r => Text(r, "accountName") == RouteCatalog.Checking)["userAccountId"]!.GetValue<long>();

        var byName = await _v1.RowsAsync($"v1/transactions?{range}&account={Uri.EscapeDataString(RouteCatalog.Checking)}");
        var byId = await _v1.RowsAsync($"v1/transactions?{range}&account={checkingId}");
        Assert.Equal(raw.Count(r => Text(r, "accountName") == RouteCatalog.Checking), byName.Count);
        Assert.All(byName, r => Assert.Equal(checkingId, r!["accountId"]!.GetValue<long>()));
        JsonComparison.AssertEquivalent(byName, byId, "account by id");

        var categories = CategoriesById(await World.Raw.CategoriesAsync());
        var restaurants = categories.Values.First(c => Text(c, "name") == "Restaurants");
        var restaurantId = restaurants["transactionCategoryId"]!.GetValue<long>();
        var byCategory = await _v1.RowsAsync($"v1/transactions?{range}&category=Restaurants");
        Assert.NotEmpty(byCategory);
        Assert.Equal(raw.Count(r => r["categoryId"]!.GetValue<long>() == restaurantId), byCategory.Count);
        JsonComparison.AssertEquivalent(byCategory, await _v1.RowsAsync($"v1/transactions?{range}&category={restaurantId}"), "category by id");
    }

    [Fact]
    public async Task Holdings_carry_both_cost_bases_explicitly()
    {
        var raw = (await World.Raw.HoldingsAsync())["holdings"]!.AsArray().Select(h => h!.AsObject()).ToList();
        var rows = await _v1.RowsAsync("v1/holdings");

        JsonComparison.AssertEquivalent(new JsonArray([.. raw.Select(h => (JsonNode)Holding(h))]), rows, "/v1/holdings");
        Assert.Contains(rows, r => r!["costBasisTotal"] is null);
        Assert.Contains(rows, r => r!["ticker"] is null);

        var brokerage = await _v1.RowsAsync($"v1/holdings?account={Uri.EscapeDataString(RouteCatalog.Brokerage)}");
        Assert.Equal(raw.Count(h => Text(h, "accountName") == RouteCatalog.Brokerage), brokerage.Count);
        Assert.NotEmpty(brokerage);
    }

    [Fact]
    public async Task Categories_are_the_upstream_list()
    {
        var raw = await World.Raw.CategoriesAsync();
        var rows = await _v1.RowsAsync("v1/categories");
        var expected = new JsonArray([.. raw.Select(c => (JsonNode)new JsonObject
        {
            ["id"] = Id(c!["transactionCategoryId"]),
            ["name"] = Text(c, "name"),
            ["type"] = EmptyAsNull(Text(c, "type")),
            ["isCustom"] = Flag(c, "isCustom"),
        })]);
        JsonComparison.AssertEquivalent(expected, rows, "/v1/categories");
    }

    [Theory]
    [InlineData("day")]
    [InlineData("week")]
    [InlineData("month")]
    public async Task Net_worth_per_interval_and_today_it_is_the_sum_of_the_balances(string interval)
    {
        var (start, end) = RouteCatalog.TwoFullMonths(World.Today);
        var raw = await World.Raw.HistoriesAsync(start, World.Today);
        var rows = await _v1.RowsAsync($"v1/networth?start={Wire(start)}&interval={interval}");

        JsonComparison.AssertEquivalent(NetWorth(raw, interval), rows, $"/v1/networth {interval}");
        Assert.All(rows, r => Assert.Equal(r!["netWorth"]!.GetValue<decimal>(), r["assets"]!.GetValue<decimal>() + r["liabilities"]!.GetValue<decimal>()));
        var accounts = await _v1.RowsAsync("v1/accounts");
        var last = rows[^1]!;
        Assert.Equal(Wire(World.Today), last["date"]!.GetValue<string>());
        Assert.Equal(accounts.Sum(a => a!["balance"]!.GetValue<decimal>()), last["netWorth"]!.GetValue<decimal>());
        if (interval == "week")
        {
            Assert.All(rows.SkipLast(1), r => Assert.Equal(DayOfWeek.Saturday, DateOnly.Parse(r!["date"]!.GetValue<string>()).DayOfWeek));
        }
        _ = end;
    }

    [Fact]
    public async Task Balances_are_signed_per_account_and_agree_with_the_accounts_today()
    {
        var start = World.Today.AddDays(-6);
        var raw = await World.Raw.HistoriesAsync(start, World.Today);
        var accounts = (await World.Raw.Accounts2Async())["accounts"]!.AsArray().Select(a => a!.AsObject())
            .ToDictionary(a => Id(a["userAccountId"]));
        var rows = await _v1.RowsAsync("v1/balances?days=7");

        var expected = raw["histories"]!.AsArray().SelectMany(p => p!["balances"]!.AsObject()
            .Where(b => b.Key.All(char.IsAsciiDigit))
            .Select(b =>
            {
                var account = accounts[long.Parse(b.Key)];
                var balance = Math.Abs(Number(b.Value)!.Value);
                return $"{Text(p, "date")}|{b.Key}|{Text(account, "name")}|{(Flag(account, "isAsset") ? balance : -balance)}";
            }))
            .Order(StringComparer.Ordinal);
        var actual = rows.Select(r => $"{r!["date"]}|{r["accountId"]}|{r["accountName"]}|{r["balance"]!.GetValue<decimal>()}")
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, actual);

        var today = (await _v1.RowsAsync("v1/accounts")).ToDictionary(a => a!["id"]!.GetValue<long>(), a => a!["balance"]!.GetValue<decimal>());
        Assert.All(rows.Where(r => r!["date"]!.GetValue<string>() == Wire(World.Today)),
            r => Assert.Equal(today[r!["accountId"]!.GetValue<long>()], r["balance"]!.GetValue<decimal>()));

        var checking = await _v1.RowsAsync($"v1/balances?days=7&interval=week&account={Uri.EscapeDataString(RouteCatalog.Checking)}");
        Assert.All(checking, r => Assert.Equal(RouteCatalog.Checking, r!["accountName"]!.GetValue<string>()));
        Assert.InRange(checking.Count, 1, 2);
    }

    [Fact]
    public async Task Cashflow_by_month_and_by_category_sums_signed_income_and_spending()
    {
        var (start, end) = RouteCatalog.TwoFullMonths(World.Today);
        var categories = CategoriesById(await World.Raw.CategoriesAsync());
        var raw = await World.Raw.TransactionsAsync(start, end);
        var range = $"start={Wire(start)}&end={Wire(end)}";

        static (decimal Income, decimal Spending) Sums(IEnumerable<JsonObject> rows) =>
            (rows.Where(r => Flag(r, "isIncome")).Sum(Signed), -rows.Where(r => Flag(r, "isSpending")).Sum(Signed));

        var byMonth = await _v1.RowsAsync($"v1/cashflow?{range}&by=month");
        var months = new JsonArray([.. raw.GroupBy(r => Text(r, "transactionDate")![..7]).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
        {
            var (income, spending) = Sums(g);
            return (JsonNode)new JsonObject
            {
                ["month"] = g.Key, ["categoryId"] = null, ["categoryName"] = null,
                ["income"] = income, ["spending"] = spending, ["net"] = income - spending,
            };
        })]);
        Assert.Equal(2, months.Count);
        JsonComparison.AssertEquivalent(months, byMonth, "/v1/cashflow by month");
        Assert.All(byMonth, m => Assert.True(m!["income"]!.GetValue<decimal>() > 0 && m["spending"]!.GetValue<decimal>() > 0));

        var byCategory = await _v1.RowsAsync($"v1/cashflow?{range}&by=category");
        var expected = raw.Where(r => Flag(r, "isIncome") || Flag(r, "isSpending"))
            .GroupBy(r => Id(r["categoryId"]))
            .Select(g =>
            {
                var (income, spending) = Sums(g);
                var name = categories.TryGetValue(g.Key, out var c) ? Text(c, "name") : null;
                return $"{g.Key}|{name}|{income}|{spending}|{income - spending}";
            })
            .Order(StringComparer.Ordinal);
        Assert.Equal(expected, byCategory.Select(r =>
                $"{r!["categoryId"]}|{r["categoryName"]?.GetValue<string>()}|{r["income"]!.GetValue<decimal>()}|{r["spending"]!.GetValue<decimal>()}|{r["net"]!.GetValue<decimal>()}")
            .Order(StringComparer.Ordinal));
        Assert.All(byCategory, r => Assert.Null(r!["month"]));
    }

    [Fact]
    public async Task Spending_is_the_upstream_summary_of_month_week_and_year()
    {
        var raw = (await World.Raw.SpendingAsync())["intervals"]!.AsArray();
        var rows = await _v1.RowsAsync("v1/spending");
        var expected = new JsonArray([.. raw.Select(i => (JsonNode)new JsonObject
        {
            ["interval"] = Text(i, "type")!.ToLowerInvariant(),
            ["current"] = Number(i!["current"]),
            ["average"] = Number(i["average"]),
            ["target"] = Number(i["target"]),
        })]);
        JsonComparison.AssertEquivalent(expected, rows, "/v1/spending");
        Assert.Equal(["month", "week", "year"], rows.Select(r => r!["interval"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Performance_has_the_portfolio_every_investment_account_and_the_benchmarks_per_day()
    {
        var start = World.Today.AddDays(-29);
        var raw = await World.Raw.PerformanceAsync(start, World.Today);
        var names = (await World.Raw.Accounts2Async())["accounts"]!.AsArray().ToDictionary(a => Id(a!["userAccountId"]).ToString(), a => Text(a, "name"));
        var benchmarks = raw["benchmarkPerformanceHistory"]!.AsArray().ToDictionary(b => Text(b, "date")!, b => b!.AsObject());
        var expected = new JsonArray();
        foreach (var point in raw["performanceHistory"]!.AsArray().Select(p => p!.AsObject()))
        {
            var date = Text(point, "date");
            expected.Add(new JsonObject { ["date"] = date, ["series"] = "portfolio", ["accountId"] = null, ["name"] = "portfolio", ["returnPercent"] = Number(point["aggregatePerformance"]) });
            foreach (var (key, value) in point.Where(p => p.Key.All(char.IsAsciiDigit)))
            {
                expected.Add(new JsonObject { ["date"] = date, ["series"] = "account", ["accountId"] = long.Parse(key), ["name"] = names[key], ["returnPercent"] = Number(value) });
            }
            foreach (var (key, value) in benchmarks[date!].Where(p => p.Key != "date"))
            {
                expected.Add(new JsonObject { ["date"] = date, ["series"] = "benchmark", ["accountId"] = null, ["name"] = key, ["returnPercent"] = Number(value) });
            }
        }
        var rows = await _v1.RowsAsync("v1/performance?days=30");
        JsonComparison.AssertEquivalent(expected, rows, "/v1/performance");
        Assert.Contains(rows, r => r!["name"]!.GetValue<string>() == "^INX");
        Assert.Contains(rows, r => r!["series"]!.GetValue<string>() == "account");
    }
}
