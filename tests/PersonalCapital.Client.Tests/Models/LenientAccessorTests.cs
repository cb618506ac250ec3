using System.Text.Json.Nodes;
using PersonalCapital.Client.Models;

namespace PersonalCapital.Client.Tests.Models;

/// <summary>
/// The typed views read upstream JSON leniently (upstream-protocol §4.3, §10.5): "NaN" and oddities read as null,
/// numbers may be strings, booleans may be strings, and nothing ever throws.
/// </summary>
public sealed class LenientAccessorTests
{
    [Fact]
    public void Numbers_read_from_numbers_and_numeric_strings()
    {
        var account = new Account(Parse("""
            {"balance": 1234.56, "creditLimit": "12000", "userAccountId": 30001235}
            """));

        Assert.Equal(1234.56m, account.Balance);
        Assert.Equal(12000m, account.CreditLimit);
        Assert.Equal(30001235L, account.UserAccountId);
    }

    [Theory]
    [InlineData("\"NaN\"")]
    [InlineData("\"\"")]
    [InlineData("\"n/a\"")]
    [InlineData("null")]
    [InlineData("true")]
    [InlineData("{}")]
    [InlineData("[1, 2]")]
    public void Odd_numbers_read_as_null(string value)
    {
        var account = new Account(Parse($$"""{"balance": {{value}}, "creditLimit": {{value}}, "userAccountId": {{value}}}"""));

        Assert.Null(account.Balance);
        Assert.Null(account.CreditLimit);
        Assert.Null(account.UserAccountId);
    }

    [Fact]
    public void Numeric_strings_are_read_in_the_invariant_culture_whatever_the_current_one()
    {
        var previous = Thread.CurrentThread.CurrentCulture;
        // A German-style culture, built by hand: the tests may run in globalization-invariant mode.
        var german = (System.Globalization.CultureInfo)System.Globalization.CultureInfo.InvariantCulture.Clone();
        german.NumberFormat.NumberDecimalSeparator = ",";
        german.NumberFormat.NumberGroupSeparator = ".";
        Thread.CurrentThread.CurrentCulture = german;
        try
        {
            var transaction = new Transaction(Parse("""{"amount": "1234.5", "quantity": "-2.25", "userTransactionId": "88001"}"""));

            Assert.Equal(1234.5m, decimal.Parse("1234,5", german));
            Assert.Equal(1234.5m, transaction.Amount);
            Assert.Equal(-2.25m, transaction.Quantity);
            Assert.Equal(88001L, transaction.UserTransactionId);
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void Numbers_in_exponent_notation_are_read()
    {
        var holding = new Holding(Parse("""{"value": 1.5E3, "price": "2.5e2"}"""));

        Assert.Equal(1500m, holding.Value);
        Assert.Equal(250m, holding.Price);
    }

    [Fact]
    public void A_fractional_id_is_no_id()
    {
        var transaction = new Transaction(Parse("""{"userTransactionId": 1.5, "userAccountId": "7.25"}"""));

        Assert.Null(transaction.UserTransactionId);
        Assert.Null(transaction.UserAccountId);
    }

    [Fact]
    public void Missing_fields_read_as_null_or_empty()
    {
        var account = new Account(new JsonObject());
        var accounts = new AccountList(new JsonObject());
        var transaction = new Transaction(new JsonObject());

        Assert.Null(account.Balance);
        Assert.Null(account.Name);
        Assert.Null(account.IsAsset);
        Assert.Null(transaction.TransactionDate);
        Assert.Null(accounts.Networth);
        Assert.Empty(accounts.Accounts);
    }

    [Theory]
    [InlineData("true", true)]
    [InlineData("false", false)]
    [InlineData("\"true\"", true)]
    [InlineData("\"false\"", false)]
    [InlineData("\"True\"", true)]
    [InlineData("\"FALSE\"", false)]
    public void Booleans_read_from_booleans_and_strings(string value, bool expected)
    {
        var transaction = new Transaction(Parse($$"""{"isSpending": {{value}}}"""));

        Assert.Equal(expected, transaction.IsSpending);
    }

    [Theory]
    [InlineData("\"yes\"")]
    [InlineData("\"\"")]
    [InlineData("1")]
    [InlineData("null")]
    public void Other_booleans_read_as_null(string value)
    {
        var transaction = new Transaction(Parse($$"""{"isCashIn": {{value}}}"""));

        Assert.Null(transaction.IsCashIn);
    }

    [Fact]
    public void Strings_read_numbers_and_booleans_as_their_text()
    {
        var account = new Account(Parse("""{"accountId": 10077, "name": "Rewards Visa – Ending in 1099®", "closedDate": "", "firmName": true}"""));

        Assert.Equal("10077", account.AccountId);
        Assert.Equal("Rewards Visa – Ending in 1099®", account.Name);
        Assert.Equal("", account.ClosedDate);
        Assert.Equal("true", account.FirmName);
    }

    [Theory]
    [InlineData("\"2025-02-28\"", 2025, 2, 28)]
    [InlineData("\"2024-02-29\"", 2024, 2, 29)]
    public void Dates_read_from_iso_days(string value, int year, int month, int day)
    {
        var transaction = new Transaction(Parse($$"""{"transactionDate": {{value}}}"""));

        Assert.Equal(new DateOnly(year, month, day), transaction.TransactionDate);
    }

    [Theory]
    [InlineData("\"2025-02-30\"")]
    [InlineData("\"02/28/2025\"")]
    [InlineData("1767222000000")]
    [InlineData("\"\"")]
    public void Other_dates_read_as_null(string value)
    {
        var transaction = new Transaction(Parse($$"""{"transactionDate": {{value}}}"""));

        Assert.Null(transaction.TransactionDate);
    }

    [Fact]
    public void Lists_skip_what_is_not_an_object_and_a_non_list_reads_empty()
    {
        var accounts = new AccountList(Parse("""{"accounts": [{"userAccountId": 1}, 2, null, "x", {"userAccountId": 3}]}"""));
        var notAList = new AccountList(Parse("""{"accounts": {"userAccountId": 1}}"""));

        Assert.Equal([1L, 3L], accounts.Accounts.Select(a => a.UserAccountId!.Value));
        Assert.Empty(notAList.Accounts);
    }

    [Fact]
    public void Unknown_fields_stay_in_the_json_untouched()
    {
        var json = Parse("""{"balance": "NaN", "someFutureField": {"nested": [1, 2]}}""");

        var account = new Account(json);

        Assert.Same(json, account.Json);
        Assert.Equal("""{"balance":"NaN","someFutureField":{"nested":[1,2]}}""", account.ToString());
    }

    [Fact]
    public void Balance_histories_keep_only_numeric_account_keys()
    {
        var point = new BalancePoint(Parse("""
            {"date": "2025-01-31", "aggregateBalance": "100.5",
             "balances": {"30001234": 60.25, "30001236": "NaN", "annotation": 5, "30001237": 40.25}}
            """));

        Assert.Equal(new DateOnly(2025, 1, 31), point.Date);
        Assert.Equal(100.5m, point.AggregateBalance);
        Assert.Equal(new Dictionary<long, decimal> { [30001234] = 60.25m, [30001237] = 40.25m }, point.AccountBalances);
    }

    [Fact]
    public void Classification_trees_are_read_recursively()
    {
        var holdings = new HoldingList(Parse("""
            {"holdingsTotalValue": "1000", "classifications": [
              {"classificationTypeName": "allocationSevenBox", "value": 1000, "percentOfTMV": "NaN",
               "classifications": [{"classificationTypeName": "U.S. Stocks", "value": "600", "percentOfTMV": 60}]}]}
            """));

        var root = Assert.Single(holdings.Classifications);
        Assert.Equal(1000m, holdings.HoldingsTotalValue);
        Assert.Null(root.PercentOfTmv);
        var child = Assert.Single(root.Children);
        Assert.Equal("U.S. Stocks", child.Name);
        Assert.Equal(600m, child.Value);
        Assert.Equal(60m, child.PercentOfTmv);
    }

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
