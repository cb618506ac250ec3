using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Data;

namespace PersonalCapital.Sandbox.Tests.Data;

/// <summary>
/// The service's filters pick "last month" and "this month" on any day of the year, so every calendar month of the
/// history — including the partial current one — must hold every kind of row those filters look at.
/// </summary>
public sealed class TransactionKindsTests
{
    private static readonly string[] InvestmentTypes =
        ["Buy", "Sell", "Dividend Received", "Reinvest Dividend", "Shares In", "Shares Out", "Contribution", "Adjusted Sell"];

    /// <summary>Each required kind, written the way the legacy filters (legacy-routes.md) see rows.</summary>
    private static readonly (string Kind, Func<JsonObject, bool> Matches)[] RequiredKinds =
    [
        ("expense", t => t.Flag("isSpending") && !t.Flag("isCashIn")),
        ("refund that is not an expense", t => t.Text("transactionType") == "Refund" && t.Flag("isSpending") && t.Flag("isCashIn")),
        ("paycheck", t => t.Flag("isIncome") && t.Text("categoryName") == "Paychecks/Salary"),
        ("transfer", t => t.Text("transactionType") == "Transfer" && t.Text("categoryType") == "TRANSFER"),
        ("pending", t => t.Text("status") == "pending"),
        ("Buy", t => t.Text("transactionType") == "Buy"),
        ("Sell", t => t.Text("transactionType") == "Sell"),
        ("Dividend Received", t => t.Text("transactionType") == "Dividend Received"),
        ("Reinvest Dividend", t => t.Text("transactionType") == "Reinvest Dividend"),
        ("Shares In kept by the shares filter", t => IsShares(t, "Shares In") && t.Quantity() != 0 && t.Amount() != 0 && !IsTransferIn(t)),
        ("Shares In with quantity 0", t => IsShares(t, "Shares In") && t.Quantity() == 0),
        ("Shares In described as transfer In", t => IsShares(t, "Shares In") && IsTransferIn(t) && t.Quantity() != 0),
        ("Shares Out kept by the shares filter", t => IsShares(t, "Shares Out") && t.Quantity() != 0 && t.Amount() != 0),
        ("Shares Out with quantity 0", t => IsShares(t, "Shares Out") && t.Quantity() == 0),
        ("Retirement Contributions row that is not a Contribution",
            t => t.Text("categoryName") == "Retirement Contributions" && t.Text("transactionType") != "Contribution" && t.Quantity() is not (null or 0)),
        ("Adjusted Sell in Securities Trades with quantity",
            t => t.Text("transactionType") == "Adjusted Sell" && t.Text("categoryName") == "Securities Trades" && t.Quantity() is not (null or 0)),
        ("Adjusted Sell with quantity 0", t => t.Text("transactionType") == "Adjusted Sell" && t.Quantity() == 0),
        ("en dash in description or account name", t => t.Text("description").Contains('\u2013') || t.Text("accountName").Contains('\u2013')),
    ];

    public static TheoryData<string> Todays()
    {
        var data = new TheoryData<string>("2024-02-29", "2025-03-01", "2025-01-31", "2025-12-31", "2026-07-15", "2026-03-31");
        data.Add(TestData.Date(DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime)));
        return data;
    }

    [Theory]
    [MemberData(nameof(Todays))]
    public void Every_month_including_the_current_partial_one_has_every_required_kind(string todayText)
    {
        var today = DateOnly.ParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var api = TestData.Api(today);
        var rows = TestData.AllTransactions(api);
        var byMonth = rows.GroupBy(r => (r.Day().Year, r.Day().Month)).ToDictionary(g => g.Key, g => g.ToList());

        var months = 0;
        for (var month = api.Data.HistoryStart; month <= today; month = month.AddMonths(1), months++)
        {
            Assert.True(byMonth.TryGetValue((month.Year, month.Month), out var inMonth), $"no rows at all in {month:yyyy-MM}");
            foreach (var (kind, matches) in RequiredKinds)
            {
                Assert.True(inMonth!.Any(matches), $"{month:yyyy-MM} (today {todayText}) has no {kind}");
            }
            Assert.True(HasContributionPair(inMonth!), $"{month:yyyy-MM} has no 401k contribution pair");
            Assert.True(HasUnknownCategory(api, inMonth!), $"{month:yyyy-MM} has no row with a category getCategories does not list");
        }
        Assert.Equal(3 * 12 + 1, months);
    }

    [Theory]
    [MemberData(nameof(Todays))]
    public void No_row_is_dated_after_today_or_before_the_history(string todayText)
    {
        var today = DateOnly.ParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var api = TestData.Api(today);
        var dates = TestData.AllTransactions(api).Select(r => r.Day()).ToList();

        Assert.Equal(today, dates.Max());
        Assert.Equal(new DateOnly(today.Year - 3, today.Month, 1), dates.Min());
    }

    [Fact]
    public void Investment_kinds_belong_to_investment_accounts_and_carry_a_symbol()
    {
        var api = TestData.Api();
        var productTypes = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts2"))
            .ToDictionary(a => a["userAccountId"]!.GetValue<long>(), a => a.Text("productType"));
        var investmentRows = TestData.AllTransactions(api).Where(t => InvestmentTypes.Contains(t.Text("transactionType"))).ToList();

        Assert.NotEmpty(investmentRows);
        Assert.All(investmentRows, t =>
        {
            Assert.Equal("INVESTMENT", productTypes[t["userAccountId"]!.GetValue<long>()]);
            Assert.NotNull(t["symbol"]);
            Assert.NotNull(t["quantity"]);
        });
    }

    [Fact]
    public void Account_names_and_ids_of_rows_match_the_accounts()
    {
        var api = TestData.Api();
        var accounts = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts"))
            .ToDictionary(a => a["userAccountId"]!.GetValue<long>());

        Assert.All(TestData.AllTransactions(api), t =>
        {
            var account = accounts[t["userAccountId"]!.GetValue<long>()];
            Assert.Equal(account.Text("name"), t.Text("accountName"));
            Assert.Equal(account.Text("accountId"), t.Text("accountId"));
            Assert.True(t.Amount() >= 0, "amounts are positive; direction is in the flags");
        });
    }

    [Fact]
    public void Some_original_amounts_are_the_string_NaN()
    {
        var rows = TestData.AllTransactions(TestData.Api());

        Assert.Contains(rows, t => t["originalAmount"] is { } value && value.GetValueKind() == JsonValueKind.String && value.GetValue<string>() == "NaN");
        Assert.Contains(rows, t => t["originalAmount"]?.GetValueKind() == JsonValueKind.Number);
    }

    [Fact]
    public void A_larger_history_reaches_fifty_thousand_rows_at_volume_eight()
    {
        var data = DemoDataset.Generate(new DemoDataOptions(42, 10, 8, TestData.Today));

        Assert.True(data.TransactionCount >= 50_000, $"only {data.TransactionCount} rows");
    }

    [Fact]
    public void Volume_multiplies_the_everyday_rows()
    {
        var single = TestData.Dataset(volume: 1).TransactionCount;
        var triple = TestData.Dataset(volume: 3).TransactionCount;

        Assert.True(triple > 2 * single, $"volume 3 gave {triple} rows against {single}");
    }

    private static bool IsShares(JsonObject t, string type) => t.Text("transactionType") == type;

    private static bool IsTransferIn(JsonObject t) => t.Text("description").Contains("transfer In", StringComparison.Ordinal);

    /// <summary>Two Contribution rows on the same day under the same description with different amounts (employee + match).</summary>
    private static bool HasContributionPair(List<JsonObject> rows) =>
        rows.Where(t => t.Text("transactionType") == "Contribution" && t.Quantity() is not (null or 0))
            .GroupBy(t => (t.Text("transactionDate"), t.Text("description")))
            .Any(g => g.Select(t => t.Amount()).Distinct().Count() >= 2);

    private static bool HasUnknownCategory(DataApi api, List<JsonObject> rows)
    {
        var known = TestData.Call(api, "transactioncategory/getCategories").AsArray()
            .Select(c => c!["transactionCategoryId"]!.GetValue<long>()).ToHashSet();
        return rows.Any(t => !known.Contains(t["categoryId"]!.GetValue<long>()));
    }
}
