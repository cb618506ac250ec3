using System.Text.Json.Nodes;
using PersonalCapital.Sandbox.Data;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class TransactionQueryTests
{
    private const string Path = "transaction/getUserTransactions";

    [Fact]
    public void A_date_range_returns_exactly_the_rows_of_those_days()
    {
        var api = TestData.Api();
        var all = TestData.AllTransactions(api);
        var start = new DateOnly(2025, 11, 3);
        var end = new DateOnly(2026, 1, 17);

        var spData = TestData.Call(api, Path, ("startDate", TestData.Date(start)), ("endDate", TestData.Date(end)));
        var rows = TestData.Transactions(spData);

        var expected = all.Where(t => t.Day() >= start && t.Day() <= end).Select(Id).ToList();
        Assert.NotEmpty(expected);
        Assert.Equal(expected, rows.Select(Id).ToList());
        Assert.Equal(TestData.Date(start), spData["startDate"]!.GetValue<string>());
        Assert.Equal(TestData.Date(end), spData["endDate"]!.GetValue<string>());
    }

    [Fact]
    public void Missing_or_empty_start_means_from_the_beginning_and_missing_end_means_today()
    {
        var api = TestData.Api();

        var noDates = TestData.Transactions(TestData.Call(api, Path));
        var emptyStart = TestData.Transactions(TestData.Call(api, Path, ("startDate", "")));

        Assert.Equal(api.Data.TransactionCount, noDates.Count);
        Assert.Equal(noDates.Select(Id), emptyStart.Select(Id));
        Assert.Equal(api.Data.Today, noDates[0].Day());
    }

    [Fact]
    public void Rows_come_newest_first_with_same_day_rows_by_descending_id()
    {
        var rows = TestData.AllTransactions(TestData.Api());

        for (var i = 1; i < rows.Count; i++)
        {
            var (newer, older) = (rows[i - 1], rows[i]);
            Assert.True(newer.Day() > older.Day() || (newer.Day() == older.Day() && Id(newer) > Id(older)),
                $"row {i} is out of order");
        }
        Assert.Equal(rows.Count, rows.Select(Id).Distinct().Count());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void User_account_ids_filter_in_either_array_style(bool jsonArray)
    {
        var api = TestData.Api();
        var accounts = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts")).ToList();
        var checking = accounts.Single(a => a.Text("name").StartsWith("Acme Bank", StringComparison.Ordinal))["userAccountId"]!.GetValue<long>();
        var brokerage = accounts.Single(a => a.Text("name").StartsWith("Individual Brokerage", StringComparison.Ordinal))["userAccountId"]!.GetValue<long>();
        (string, string)[] fields = jsonArray
            ? [("startDate", "2026-01-01"), ("userAccountIds", $"[{checking},{brokerage}]")]
            : [("startDate", "2026-01-01"), ("userAccountIds[]", $"{checking}"), ("userAccountIds[]", $"{brokerage}")];

        var rows = TestData.Transactions(TestData.Call(api, Path, fields));
        var expected = TestData.AllTransactions(api)
            .Where(t => t.Day() >= new DateOnly(2026, 1, 1))
            .Where(t => t["userAccountId"]!.GetValue<long>() is var id && (id == checking || id == brokerage))
            .Select(Id);

        Assert.Equal(expected, rows.Select(Id));
        Assert.Equal(new[] { checking, brokerage }.Order(), rows.Select(t => t["userAccountId"]!.GetValue<long>()).Distinct().Order());
    }

    [Fact]
    public void An_empty_account_list_means_every_account()
    {
        var api = TestData.Api();

        var rows = TestData.Transactions(TestData.Call(api, Path, ("startDate", ""), ("userAccountIds", "[]")));

        Assert.Equal(api.Data.TransactionCount, rows.Count);
    }

    [Theory]
    [InlineData("2026-03-01", "2026-03-31")]
    [InlineData("2025-01-01", "2025-12-31")]
    [InlineData("", "2026-03-31")]
    public void Cash_flow_sums_are_those_of_the_returned_rows(string start, string end)
    {
        var spData = TestData.Call(TestData.Api(), Path, ("startDate", start), ("endDate", end));
        var rows = TestData.Transactions(spData);

        var moneyIn = rows.Where(t => t.Flag("isCashIn")).Sum(t => t.Amount());
        var moneyOut = rows.Where(t => t.Flag("isCashOut")).Sum(t => t.Amount());
        Assert.True(moneyIn > 0 && moneyOut > 0);
        Assert.Equal(moneyIn, spData["moneyIn"].Number());
        Assert.Equal(moneyOut, spData["moneyOut"].Number());
        Assert.Equal(moneyIn - moneyOut, spData["netCashflow"].Number());
    }

    [Fact]
    public void The_refund_quirk_counts_as_cash_in_and_not_as_cash_out()
    {
        var rows = TestData.AllTransactions(TestData.Api());
        var refunds = rows.Where(t => t.Text("transactionType") == "Refund").ToList();

        Assert.NotEmpty(refunds);
        Assert.All(refunds, t => Assert.True(t.Flag("isCashIn") && t.Flag("isSpending") && !t.Flag("isCashOut")));
    }

    [Fact]
    public void Paging_is_ignored_unless_the_sandbox_pages()
    {
        var unpaged = TestData.Api(pageTransactions: false);

        var rows = TestData.Transactions(TestData.Call(unpaged, Path, ("startDate", ""), ("page", "1"), ("rows_per_page", "100"),
            ("sort_cols", "transactionTime"), ("sort_rev", "true"), ("component", "DATAGRID")));

        Assert.Equal(unpaged.Data.TransactionCount, rows.Count);
    }

    [Fact]
    public void Paging_returns_the_requested_slice_and_sums_over_it()
    {
        var paged = TestData.Api(pageTransactions: true);
        var all = TestData.AllTransactions(TestData.Api());

        var page1 = TestData.Call(paged, Path, ("startDate", ""), ("page", "1"), ("rows_per_page", "100"), ("component", "DATAGRID"));
        var rows = TestData.Transactions(page1);
        var everything = TestData.Transactions(TestData.Call(paged, Path, ("startDate", ""), ("rows_per_page", "-1")));
        var pastTheEnd = TestData.Transactions(TestData.Call(paged, Path, ("startDate", ""), ("page", "100000"), ("rows_per_page", "100")));

        Assert.Equal(all.Skip(100).Take(100).Select(Id), rows.Select(Id));
        Assert.Equal(rows.Where(t => t.Flag("isCashIn")).Sum(t => t.Amount()), page1["moneyIn"].Number());
        Assert.Equal(rows.Where(t => t.Flag("isCashOut")).Sum(t => t.Amount()), page1["moneyOut"].Number());
        Assert.Equal(all.Count, everything.Count);
        Assert.Empty(pastTheEnd);
    }

    [Fact]
    public void Interval_type_is_echoed()
    {
        var spData = TestData.Call(TestData.Api(), Path, ("startDate", "2026-03-01"), ("intervalType", "WEEK"));

        Assert.Equal("WEEK", spData["intervalType"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("startDate", "03/01/2026")]
    [InlineData("startDate", "2026-02-30")]
    [InlineData("endDate", "2026-13-01")]
    [InlineData("endDate", "yesterday")]
    public void A_malformed_date_is_a_request_error_naming_the_field(string field, string value)
    {
        var result = TestData.Api().Handle(Path, TestData.Form((field, value)));

        Assert.False(result.IsSuccess);
        Assert.Null(result.SpData);
        Assert.Equal(field, result.Error!.FieldName);
        Assert.Equal(DataError.InvalidFieldCode, result.Error.Code);
        Assert.DoesNotContain(result.Error.Code, new[] { 200, 201, 202 });
    }

    private static long Id(JsonObject row) => row["userTransactionId"]!.GetValue<long>();
}
