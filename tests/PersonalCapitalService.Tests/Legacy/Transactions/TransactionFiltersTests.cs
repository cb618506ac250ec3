using PersonalCapitalService.Legacy.Transactions;

namespace PersonalCapitalService.Tests.Legacy.Transactions;

public class TransactionFiltersTests
{
    [Theory]
    [InlineData("""{"isSpending": true, "isCashIn": false}""", true)]
    [InlineData("""{"isSpending": true, "isCashIn": true}""", false)]
    [InlineData("""{"isSpending": false, "isCashIn": false}""", false)]
    [InlineData("""{"transactionType": "Refund", "isSpending": true, "isCashIn": true}""", false)]
    [InlineData("""{"isSpending": true}""", false)]
    [InlineData("""{"isSpending": true, "isCashIn": null}""", false)]
    [InlineData("""{"isCashIn": false}""", false)]
    [InlineData("""{"isSpending": "true", "isCashIn": false}""", false)]
    [InlineData("""{"isSpending": true, "isCashIn": "false"}""", false)]
    [InlineData("""{"isSpending": 1, "isCashIn": 0}""", false)]
    public void Expenses_are_spending_that_is_not_cash_in(string row, bool kept)
    {
        Assert.Equal(kept, TransactionFilters.Expenses([TestRows.One(row)]).Count == 1);
    }

    [Theory]
    [InlineData("Buy", """{"transactionType": "Buy"}""", true)]
    [InlineData("Buy", """{"transactionType": "buy"}""", false)]
    [InlineData("Buy", """{"transactionType": "Buy "}""", false)]
    [InlineData("Buy", """{"transactionType": null}""", false)]
    [InlineData("Buy", """{}""", false)]
    [InlineData("Dividend Received", """{"transactionType": "Dividend Received"}""", true)]
    [InlineData("Dividend Received", """{"transactionType": "Dividend_Received"}""", false)]
    [InlineData("5", """{"transactionType": 5}""", false)]
    public void Investment_keeps_exactly_the_named_type(string type, string row, bool kept)
    {
        Assert.Equal(kept, TransactionFilters.Investment([TestRows.One(row)], type).Count == 1);
    }

    [Theory]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2, "description": "Bought"}""", true)]
    [InlineData("""{"transactionType": "Shares In", "amount": -5, "quantity": -1, "description": "Bought"}""", true)]
    [InlineData("""{"transactionType": "Shares In", "amount": "12.5", "quantity": "3", "description": "Bought"}""", true)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2, "description": "Internal Transfer In"}""", true)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2, "description": "TRANSFER IN"}""", true)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2, "description": "Internal transfer In from 401k"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2, "description": "transfer In"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 0, "quantity": 2, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 0.0, "quantity": 2, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": "0", "quantity": 2, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 0, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": "0.000", "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": "NaN", "quantity": 2, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": "NaN", "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "quantity": 2, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": null, "quantity": 2, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": true, "quantity": 2, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": "two", "description": "Bought"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2, "description": null}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2, "description": 7}""", false)]
    [InlineData("""{"transactionType": "Shares Out", "amount": 10, "quantity": 2, "description": "Sold"}""", false)]
    [InlineData("""{"amount": 10, "quantity": 2, "description": "Bought"}""", false)]
    public void Shares_in_needs_nonzero_amount_and_quantity_and_no_transfer_in(string row, bool kept)
    {
        Assert.Equal(kept, TransactionFilters.Shares([TestRows.One(row)], TransactionFilters.SharesIn).Count == 1);
    }

    [Theory]
    [InlineData("""{"transactionType": "Shares Out", "amount": 10, "quantity": 2, "description": "Sold"}""", true)]
    [InlineData("""{"transactionType": "Shares Out", "amount": 10, "quantity": 2, "description": "transfer In to IRA"}""", false)]
    [InlineData("""{"transactionType": "Shares Out", "amount": 10, "quantity": 2, "description": "transfer Out to IRA"}""", true)]
    [InlineData("""{"transactionType": "Shares Out", "amount": 0, "quantity": 2, "description": "Sold"}""", false)]
    [InlineData("""{"transactionType": "Shares In", "amount": 10, "quantity": 2, "description": "Bought"}""", false)]
    public void Shares_out_applies_the_same_transfer_in_text(string row, bool kept)
    {
        Assert.Equal(kept, TransactionFilters.Shares([TestRows.One(row)], TransactionFilters.SharesOut).Count == 1);
    }

    [Theory]
    [InlineData("received", """{"transactionType": "Dividend Received"}""", true)]
    [InlineData("received", """{"transactionType": "Reinvest Dividend"}""", false)]
    [InlineData("Received", """{"transactionType": "Dividend Received"}""", false)]
    [InlineData("Received", """{"transactionType": "Reinvest Dividend"}""", true)]
    [InlineData("reinvested", """{"transactionType": "Reinvest Dividend"}""", true)]
    [InlineData("reinvested", """{"transactionType": "Dividend Received"}""", false)]
    [InlineData("", """{"transactionType": "Reinvest Dividend"}""", true)]
    [InlineData("received", """{"transactionType": "dividend received"}""", false)]
    [InlineData("received", """{}""", false)]
    [InlineData("other", """{"transactionType": null}""", false)]
    public void Dividends_received_only_for_the_literal_segment(string segment, string row, bool kept)
    {
        Assert.Equal(kept, TransactionFilters.Dividends([TestRows.One(row)], segment).Count == 1);
    }

    [Theory]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": "Securities Trades", "quantity": 5}""", true)]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": "Securities Trades", "quantity": -3}""", true)]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": "Securities Trades", "quantity": "2"}""", true)]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": "Securities Trades", "quantity": 0}""", false)]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": "Securities Trades", "quantity": "0"}""", false)]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": "Securities Trades", "quantity": "NaN"}""", false)]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": "Securities Trades"}""", false)]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": null, "quantity": 5}""", false)]
    [InlineData("""{"transactionType": "Adjusted Sell", "quantity": 5}""", false)]
    [InlineData("""{"transactionType": "Adjusted Sell", "category": "Transfers", "quantity": 5}""", false)]
    [InlineData("""{"transactionType": "Sell", "category": "Securities Trades", "quantity": 5}""", false)]
    [InlineData("""{"category": "Securities Trades", "quantity": 5}""", false)]
    public void Rollover_is_an_adjusted_sell_of_securities_trades(string row, bool kept)
    {
        Assert.Equal(kept, TransactionFilters.Rollover([TestRows.One(row)]).Count == 1);
    }

    [Theory]
    [InlineData("""{"transactionType": "Contribution", "category": "Retirement Contributions", "quantity": 1}""", true)]
    [InlineData("""{"transactionType": "Contribution", "category": "Transfers", "quantity": 1}""", true)]
    [InlineData("""{"transactionType": "Buy", "category": "Retirement Contributions", "quantity": 1}""", true)]
    [InlineData("""{"transactionType": "Buy", "category": "Retirement Contributions", "quantity": "1.5"}""", true)]
    [InlineData("""{"transactionType": "Buy", "category": "Securities Trades", "quantity": 1}""", false)]
    [InlineData("""{"transactionType": "401k Contribution", "category": "Transfers", "quantity": 1}""", false)]
    [InlineData("""{"transactionType": "Contribution", "category": null, "quantity": 1}""", false)]
    [InlineData("""{"transactionType": "Contribution", "quantity": 1}""", false)]
    [InlineData("""{"transactionType": "Contribution", "category": "Retirement Contributions", "quantity": 0}""", false)]
    [InlineData("""{"transactionType": "Contribution", "category": "Retirement Contributions", "quantity": "0.0"}""", false)]
    [InlineData("""{"transactionType": "Contribution", "category": "Retirement Contributions"}""", false)]
    [InlineData("""{"transactionType": "Contribution", "category": "Retirement Contributions", "quantity": "NaN"}""", false)]
    [InlineData("""{"category": "Retirement Contributions", "quantity": 1}""", false)]
    [InlineData("""{"transactionType": null, "category": "Retirement Contributions", "quantity": 1}""", false)]
    public void Retirement_contributions_are_contributions_or_their_category(string row, bool kept)
    {
        Assert.Equal(kept, TransactionFilters.RetirementContributions([TestRows.One(row)]).Count == 1);
    }

    [Theory]
    [InlineData("""{"accountName": "Everyday Checking - Ending in 4821"}""", true)]
    [InlineData("""{"accountName": "everyday checking - ending in 4821"}""", false)]
    [InlineData("""{"accountName": "Everyday Checking - Ending in 4821 "}""", false)]
    [InlineData("""{"accountName": "Everyday Checking – Ending in 4821"}""", false)]
    [InlineData("""{"accountName": null}""", false)]
    [InlineData("""{}""", false)]
    public void Account_matches_the_name_exactly(string row, bool kept)
    {
        Assert.Equal(kept, TransactionFilters.Account([TestRows.One(row)], "Everyday Checking - Ending in 4821").Count == 1);
    }

    [Fact]
    public void Every_filter_keeps_upstream_order_and_the_same_row_objects()
    {
        var rows = TestRows.Many("""
            [
              {"userTransactionId": 5, "accountName": "A", "transactionType": "Buy", "isSpending": true, "isCashIn": false},
              {"userTransactionId": 3, "accountName": "B", "transactionType": "Sell", "isSpending": true, "isCashIn": false},
              {"userTransactionId": 9, "accountName": "A", "transactionType": "Buy", "isSpending": false, "isCashIn": false},
              {"userTransactionId": 1, "accountName": "A", "transactionType": "Buy", "isSpending": true, "isCashIn": false}
            ]
            """);

        Assert.Equal([5L, 3L, 1L], TestRows.Ids(TransactionFilters.Expenses(rows)));
        Assert.Equal([5L, 9L, 1L], TestRows.Ids(TransactionFilters.Investment(rows, "Buy")));
        Assert.Equal([5L, 9L, 1L], TestRows.Ids(TransactionFilters.Account(rows, "A")));
        Assert.Same(rows[2], TransactionFilters.Account(rows, "A")[1]);
    }

    [Fact]
    public void Investment_then_account_combines_both()
    {
        var rows = TestRows.Many("""
            [
              {"userTransactionId": 1, "accountName": "IRA", "transactionType": "Buy"},
              {"userTransactionId": 2, "accountName": "401k", "transactionType": "Buy"},
              {"userTransactionId": 3, "accountName": "IRA", "transactionType": "Sell"},
              {"userTransactionId": 4, "accountName": "IRA", "transactionType": "Buy"}
            ]
            """);

        var kept = TransactionFilters.Account(TransactionFilters.Investment(rows, "Buy"), "IRA");

        Assert.Equal([1L, 4L], TestRows.Ids(kept));
    }

    [Fact]
    public void Shares_filter_over_several_rows_keeps_order()
    {
        var rows = TestRows.Many("""
            [
              {"userTransactionId": 1, "transactionType": "Shares In", "amount": 10, "quantity": 2, "description": "A"},
              {"userTransactionId": 2, "transactionType": "Shares In", "amount": 0, "quantity": 2, "description": "B"},
              {"userTransactionId": 3, "transactionType": "Shares Out", "amount": 10, "quantity": 2, "description": "C"},
              {"userTransactionId": 4, "transactionType": "Shares In", "amount": 10, "quantity": 2, "description": "x transfer In"},
              {"userTransactionId": 5, "transactionType": "Shares In", "amount": "7", "quantity": 1, "description": "E"}
            ]
            """);

        Assert.Equal([1L, 5L], TestRows.Ids(TransactionFilters.Shares(rows, TransactionFilters.SharesIn)));
        Assert.Equal([3L], TestRows.Ids(TransactionFilters.Shares(rows, TransactionFilters.SharesOut)));
    }

    [Fact]
    public void Hand_built_numbers_of_other_types_are_compared_numerically()
    {
        var zeroInt = new System.Text.Json.Nodes.JsonObject
        {
            ["transactionType"] = "Shares In", ["amount"] = 0, ["quantity"] = 2m, ["description"] = "x",
        };
        var nonZeroDecimal = new System.Text.Json.Nodes.JsonObject
        {
            ["transactionType"] = "Shares In", ["amount"] = 0.01m, ["quantity"] = 2, ["description"] = "y",
        };

        var kept = TransactionFilters.Shares([zeroInt, nonZeroDecimal], TransactionFilters.SharesIn);

        Assert.Equal([nonZeroDecimal], kept);
    }
}
