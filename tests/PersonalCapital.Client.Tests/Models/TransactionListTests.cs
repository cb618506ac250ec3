using System.Text.Json.Nodes;
using PersonalCapital.Client.Models;

namespace PersonalCapital.Client.Tests.Models;

public sealed class TransactionListTests
{
    [Fact]
    public void Rows_are_taken_whole_in_order_and_detached()
    {
        var list = new TransactionList(JsonNode.Parse("""
            {"intervalType": "MONTH", "transactions": [
              {"userTransactionId": 3, "unknownField": {"nested": true}},
              5,
              null,
              {"userTransactionId": 1}
            ]}
            """)!.AsObject());

        var rows = list.TakeRows();

        Assert.Equal([3L, 1L], rows.Select(r => r["userTransactionId"]!.GetValue<long>()));
        Assert.All(rows, row => Assert.Null(row.Parent));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"userTransactionId": 3, "unknownField": {"nested": true}}"""), rows[0]));
        Assert.Empty(list.Transactions);
        Assert.Equal("MONTH", list.Json["intervalType"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""{"transactions": null}""")]
    [InlineData("""{"transactions": {"a": 1}}""")]
    public void Missing_or_malformed_transactions_give_no_rows(string spData)
    {
        Assert.Empty(new TransactionList(JsonNode.Parse(spData)!.AsObject()).TakeRows());
    }
}
