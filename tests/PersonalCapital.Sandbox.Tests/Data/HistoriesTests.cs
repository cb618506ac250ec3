using System.Globalization;
using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class HistoriesTests
{
    private const string Path = "account/getHistories";

    [Theory]
    [InlineData("2026-03-31")]
    [InlineData("2024-02-29")]
    [InlineData("2025-03-01")]
    public void On_today_histories_agree_with_the_accounts(string todayText)
    {
        var today = DateOnly.ParseExact(todayText, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var api = TestData.Api(today);
        var accounts = TestData.Call(api, "newaccount/getAccounts");

        var spData = TestData.Call(api, Path, ("startDate", TestData.Date(today.AddDays(-7))), ("endDate", todayText),
            ("types", "[\"balances\",\"networth\"]"));

        var last = spData["histories"]!.AsArray()[^1]!;
        Assert.Equal(todayText, last["date"]!.GetValue<string>());
        foreach (var account in TestData.Accounts(accounts))
        {
            var balance = account["balance"].Number();
            var expected = account.Flag("isLiability") ? -balance : balance;
            Assert.Equal(expected, last["balances"]![account["userAccountId"]!.ToJsonString()].Number());
        }
        Assert.Equal(accounts["networth"].Number(), last["aggregateBalance"].Number());

        var networth = spData["networthHistories"]!.AsArray()[^1]!;
        Assert.Equal(accounts["networth"].Number(), networth["networth"].Number());
        Assert.Equal(accounts["assets"].Number(), networth["totalAssets"].Number());
        Assert.Equal(accounts["liabilities"].Number(), networth["totalLiabilities"].Number());
        Assert.Equal(accounts["cashAccountsTotal"].Number(), networth["totalCash"].Number());
        Assert.Equal(accounts["investmentAccountsTotal"].Number(), networth["totalInvestment"].Number());
        Assert.Equal(accounts["creditCardAccountsTotal"].Number(), networth["totalCredit"].Number());
        Assert.Equal(accounts["mortgageAccountsTotal"].Number(), networth["totalMortgage"].Number());
    }

    [Fact]
    public void Bank_and_card_balances_move_exactly_with_their_transactions()
    {
        var api = TestData.Api();
        var today = api.Data.Today;
        var start = today.AddDays(-60);
        var histories = TestData.Call(api, Path, ("startDate", TestData.Date(start)), ("types", "[\"balances\"]"))["histories"]!.AsArray();
        var rows = TestData.AllTransactions(api);
        var accounts = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts"))
            .Where(a => a.Text("productType") is "BANK" or "CREDIT_CARD").ToList();

        foreach (var account in accounts)
        {
            var id = account["userAccountId"]!.GetValue<long>();
            var key = id.ToString(CultureInfo.InvariantCulture);
            var liability = account.Flag("isLiability");
            for (var i = 1; i < histories.Count; i++)
            {
                var day = TestData.ParseDate(histories[i]!["date"]);
                var moved = rows.Where(t => t["userAccountId"]!.GetValue<long>() == id && t.Day() == day)
                    .Sum(t => t.Flag("isCredit") ? t.Amount() : -t.Amount());
                // Inside balances a liability is negative, so a purchase (not a credit) makes it more negative too.
                var change = histories[i]!["balances"]![key].Number() - histories[i - 1]!["balances"]![key].Number();
                Assert.Equal(moved, change);
            }
            Assert.True(liability ? histories[^1]!["balances"]![key].Number() < 0 : histories[^1]!["balances"]![key].Number() >= 0);
        }
    }

    [Fact]
    public void Types_choose_the_keys()
    {
        var api = TestData.Api();

        var byDefault = TestData.Call(api, Path, ("startDate", "2026-03-01")).AsObject();
        var dailyOnly = TestData.Call(api, Path, ("startDate", "2026-03-01"), ("types", "[\"DAILYCHANGEAMOUNT\"]")).AsObject();
        var networthOnly = TestData.Call(api, Path, ("startDate", "2026-03-01"), ("types", "[\"networth\"]")).AsObject();

        Assert.True(byDefault.ContainsKey("histories") && byDefault.ContainsKey("networthHistories") && byDefault.ContainsKey("networthSummary"));
        Assert.All(byDefault["histories"]!.AsArray(), h => Assert.False(h!.AsObject().ContainsKey("dailyChangeAmount")));
        Assert.False(dailyOnly.ContainsKey("networthHistories"));
        Assert.All(dailyOnly["histories"]!.AsArray(), h =>
        {
            Assert.False(h!.AsObject().ContainsKey("balances"));
            Assert.True(h.AsObject().ContainsKey("dailyChangeAmount") && h.AsObject().ContainsKey("aggregateDailyChangeAmount"));
        });
        Assert.False(networthOnly.ContainsKey("histories"));
        Assert.True(networthOnly.ContainsKey("networthHistories"));
    }

    [Fact]
    public void Daily_change_is_the_difference_of_consecutive_balances()
    {
        var api = TestData.Api();
        var histories = TestData.Call(api, Path, ("startDate", "2026-02-01"), ("endDate", "2026-03-31"),
            ("types", "[\"balances\",\"dailyChangeAmount\"]"))["histories"]!.AsArray();

        for (var i = 1; i < histories.Count; i++)
        {
            var balances = histories[i]!["balances"]!.AsObject();
            foreach (var (key, change) in histories[i]!["dailyChangeAmount"]!.AsObject())
            {
                Assert.Equal(balances[key].Number() - histories[i - 1]!["balances"]![key].Number(), change.Number());
            }
            Assert.Equal(
                histories[i]!["aggregateBalance"].Number() - histories[i - 1]!["aggregateBalance"].Number(),
                histories[i]!["aggregateDailyChangeAmount"].Number());
        }
    }

    [Theory]
    [InlineData("MONTH", "interval")]
    [InlineData("month", "intervalType")]
    [InlineData("WEEK", "intervalType")]
    public void Week_and_month_points_are_the_last_day_of_each_period(string interval, string field)
    {
        var spData = TestData.Call(TestData.Api(), Path, ("startDate", "2025-10-15"), ("endDate", "2026-03-18"), (field, interval));
        var dates = spData["histories"]!.AsArray().Select(h => TestData.ParseDate(h!["date"])).ToList();
        var networthDates = spData["networthHistories"]!.AsArray().Select(h => TestData.ParseDate(h!["date"])).ToList();

        Assert.Equal(interval.ToUpperInvariant(), spData["intervalType"]!.GetValue<string>());
        Assert.Equal(dates, networthDates);
        Assert.Equal(new DateOnly(2026, 3, 18), dates[^1]);
        foreach (var date in dates.SkipLast(1))
        {
            if (interval.Equals("WEEK", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Equal(DayOfWeek.Saturday, date.DayOfWeek);
            }
            else
            {
                Assert.Equal(DateTime.DaysInMonth(date.Year, date.Month), date.Day);
            }
        }
        var expectedCount = interval.Equals("WEEK", StringComparison.OrdinalIgnoreCase) ? 23 : 6;
        Assert.Equal(expectedCount, dates.Count);
    }

    [Fact]
    public void Account_filter_limits_balances_and_networth()
    {
        var api = TestData.Api();
        var accounts = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts")).ToList();
        var card = accounts.First(a => a.Text("productType") == "CREDIT_CARD");
        var savings = accounts.First(a => a.Text("name").StartsWith("High-Yield Savings", StringComparison.Ordinal));
        var ids = $"[{card["userAccountId"]},{savings["userAccountId"]}]";

        var spData = TestData.Call(api, Path, ("startDate", "2026-03-25"), ("userAccountIds", ids));
        var last = spData["histories"]!.AsArray()[^1]!;
        var keys = last["balances"]!.AsObject().Select(p => p.Key).Where(k => !k.EndsWith("Annotation", StringComparison.Ordinal)).Order();

        Assert.Equal(new[] { card["userAccountId"]!.ToJsonString(), savings["userAccountId"]!.ToJsonString() }.Order(), keys);
        var expected = savings["balance"].Number() - card["balance"].Number();
        Assert.Equal(expected, last["aggregateBalance"].Number());
        Assert.Equal(expected, spData["networthHistories"]!.AsArray()[^1]!["networth"].Number());
    }

    [Fact]
    public void Networth_summary_is_the_change_from_first_to_last_point()
    {
        var spData = TestData.Call(TestData.Api(), Path, ("startDate", "2026-01-01"), ("endDate", "2026-03-31"), ("interval", "MONTH"));
        var points = spData["networthHistories"]!.AsArray();

        var change = points[^1]!["networth"].Number() - points[0]!["networth"].Number();
        Assert.Equal(change, spData["networthSummary"]!["dateRangeChange"].Number());
        Assert.Equal(points[^1]!["totalCash"].Number() - points[0]!["totalCash"].Number(),
            spData["networthSummary"]!["dateRangeCashChange"].Number());
    }

    [Fact]
    public void Cashflows_sum_the_rows_of_each_period()
    {
        var api = TestData.Api();
        var spData = TestData.Call(api, Path, ("startDate", "2026-02-01"), ("endDate", "2026-03-31"), ("interval", "MONTH"),
            ("types", "[\"cashflows\"]"));
        var rows = TestData.AllTransactions(api);

        foreach (var point in spData["histories"]!.AsArray())
        {
            var end = TestData.ParseDate(point!["date"]);
            var inPeriod = rows.Where(t => t.Day().Year == end.Year && t.Day().Month == end.Month).ToList();
            Assert.Equal(inPeriod.Where(t => t.Flag("isCashIn")).Sum(t => t.Amount()), point["aggregateCashIn"].Number());
            Assert.Equal(inPeriod.Where(t => t.Flag("isCashOut")).Sum(t => t.Amount()), point["aggregateCashOut"].Number());
            Assert.Equal(inPeriod.Where(t => t.Flag("isIncome")).Sum(t => t.Amount()), point["aggregateIncome"].Number());
        }
    }

    [Theory]
    [InlineData("startDate", "2026/01/01")]
    [InlineData("endDate", "2026-02-31")]
    [InlineData("interval", "FORTNIGHT")]
    [InlineData("intervalType", "DAY,MONTH")]
    public void Unreadable_fields_are_request_errors(string field, string value)
    {
        var result = TestData.Api().Handle(Path, TestData.Form((field, value)));

        Assert.False(result.IsSuccess);
        Assert.Equal(field, result.Error!.FieldName);
    }

    [Fact]
    public void A_range_before_the_history_has_no_points()
    {
        var spData = TestData.Call(TestData.Api(), Path, ("startDate", "2001-01-01"), ("endDate", "2001-12-31"));

        Assert.Empty(spData["histories"]!.AsArray());
    }

    [Fact]
    public void The_closed_account_is_zero_after_its_closing_date()
    {
        var api = TestData.Api();
        var closed = TestData.Accounts(TestData.Call(api, "newaccount/getAccounts")).Single(a => a.Text("closedDate") != "");
        var closedOn = TestData.ParseDate(closed["closedDate"]);
        var key = closed["userAccountId"]!.ToJsonString();

        var histories = TestData.Call(api, Path, ("startDate", TestData.Date(closedOn.AddDays(-3))), ("endDate", TestData.Date(closedOn.AddDays(3))),
            ("types", "[\"balances\"]"))["histories"]!.AsArray();

        Assert.True(histories[0]!["balances"]![key].Number() > 0);
        Assert.All(histories.Where(h => TestData.ParseDate(h!["date"]) >= closedOn), h => Assert.Equal(0m, h!["balances"]![key].Number()));
    }
}
