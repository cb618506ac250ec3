using System.Text.Json.Nodes;
using PersonalCapitalService.Transactions;

namespace PersonalCapitalService.Tests.Transactions;

public class TransactionRowsAndBodiesTests
{
    [Fact]
    public void Rows_are_taken_whole_in_order_and_detached()
    {
        var spData = JsonNode.Parse("""
            {"intervalType": "MONTH", "transactions": [
              {"userTransactionId": 3, "unknownField": {"nested": true}},
              5,
              null,
              {"userTransactionId": 1}
            ]}
            """);

        var rows = TransactionRows.TakeFrom(spData);

        Assert.Equal([3L, 1L], TestRows.Ids(rows));
        Assert.All(rows, row => Assert.Null(row.Parent));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"userTransactionId": 3, "unknownField": {"nested": true}}"""), rows[0]));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("""{}""")]
    [InlineData("""{"transactions": null}""")]
    [InlineData("""{"transactions": {"a": 1}}""")]
    [InlineData("""[{"userTransactionId": 1}]""")]
    public void Missing_or_malformed_transactions_give_no_rows(string? spData)
    {
        Assert.Empty(TransactionRows.TakeFrom(spData is null ? null : JsonNode.Parse(spData)));
    }

    [Fact]
    public void Bodies_are_bare_arrays_or_wrapped_objects()
    {
        var rows = TransactionRows.TakeFrom(JsonNode.Parse("""{"transactions": [{"userTransactionId": 1}, {"userTransactionId": 2}]}"""));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""[{"userTransactionId": 1}, {"userTransactionId": 2}]"""),
            TransactionBodies.Bare(rows)));
    }

    [Fact]
    public void Wrapped_body_holds_the_rows_under_transactions()
    {
        var rows = TestRows.Many("""[{"userTransactionId": 1}, {"userTransactionId": 2}]""");

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"transactions": [{"userTransactionId": 1}, {"userTransactionId": 2}]}"""),
            TransactionBodies.Wrapped(rows)));
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""{"transactions": []}"""), TransactionBodies.Wrapped([])));
    }

    [Fact]
    public void A_row_still_in_another_tree_is_copied_instead_of_failing()
    {
        var source = JsonNode.Parse("""[{"userTransactionId": 1}]""")!.AsArray();
        var attached = source[0]!.AsObject();

        var body = TransactionBodies.Bare([attached, attached]);

        Assert.Equal(2, body.Count);
        Assert.Same(attached, source[0]);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("""[{"userTransactionId": 1}, {"userTransactionId": 1}]"""), body));
    }
}
