using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Transactions;

namespace PersonalCapitalService.Tests.Legacy.Transactions;

public class TransactionBodiesTests
{
    [Fact]
    public void Bodies_are_bare_arrays_or_wrapped_objects()
    {
        var rows = TestRows.Many("""[{"userTransactionId": 1}, {"userTransactionId": 2}]""");

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
