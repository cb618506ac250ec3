using System.Text.Json.Nodes;
using PersonalCapitalService.Legacy.Transactions;

namespace PersonalCapitalService.Tests.Legacy.Transactions;

public class TransactionCategoryNamesTests
{
    private const string Categories = """
        [
          {"transactionCategoryId": 17, "name": "Groceries", "type": "EXPENSE"},
          {"transactionCategoryId": 11, "name": "Paychecks/Salary", "type": "INCOME"},
          {"transactionCategoryId": "28", "name": "Transfers", "type": "TRANSFER"},
          {"transactionCategoryId": 17, "name": "Second Groceries", "type": "EXPENSE"},
          {"name": "No Id"},
          {"transactionCategoryId": 40, "name": null},
          {"transactionCategoryId": 1000001, "name": "Dog Walker", "isCustom": true},
          5,
          null
        ]
        """;

    [Theory]
    [InlineData("""{"categoryId": 17}""", "Groceries")]
    [InlineData("""{"categoryId": 17.0}""", "Groceries")]
    [InlineData("""{"categoryId": "11"}""", "Paychecks/Salary")]
    [InlineData("""{"categoryId": 28}""", "Transfers")]
    [InlineData("""{"categoryId": 1000001}""", "Dog Walker")]
    [InlineData("""{"categoryId": 40}""", null)]
    [InlineData("""{"categoryId": 99}""", null)]
    [InlineData("""{"categoryId": "abc"}""", null)]
    [InlineData("""{"categoryId": null}""", null)]
    [InlineData("""{}""", null)]
    [InlineData("""{"categoryId": 17, "category": "stale"}""", "Groceries")]
    [InlineData("""{"categoryId": 99, "category": "stale"}""", null)]
    public void Each_row_gets_the_name_of_its_category_or_null(string row, string? expected)
    {
        var transaction = TestRows.One(row);

        TransactionCategoryNames.Attach([transaction], Lookup(Categories));

        Assert.True(transaction.TryGetPropertyValue("category", out var category), "category key is always added");
        Assert.Equal(expected, category?.GetValue<string>());
    }

    [Fact]
    public void Other_fields_are_left_alone()
    {
        var transaction = TestRows.One("""{"categoryId": 17, "amount": 54.21, "someNewField": {"x": [1]}}""");

        TransactionCategoryNames.Attach([transaction], Lookup(Categories));

        Assert.True(JsonNode.DeepEquals(
            JsonNode.Parse("""{"categoryId": 17, "amount": 54.21, "someNewField": {"x": [1]}, "category": "Groceries"}"""),
            transaction));
    }

    [Fact]
    public void Without_categories_every_row_gets_null()
    {
        var transaction = TestRows.One("""{"categoryId": 17}""");

        TransactionCategoryNames.Attach([transaction], Lookup("[]"));

        Assert.True(transaction.ContainsKey("category"));
        Assert.Null(transaction["category"]);
    }

    [Fact]
    public void A_prepared_lookup_can_be_reused()
    {
        var lookup = Lookup(Categories);
        var rows = TestRows.Many("""[{"categoryId": 11}, {"categoryId": 1000001}]""");

        TransactionCategoryNames.Attach(rows, lookup);

        Assert.Equal(["Paychecks/Salary", "Dog Walker"], rows.Select(row => row["category"]!.GetValue<string>()));
        Assert.Equal("Groceries", lookup[17]);
    }

    private static IReadOnlyDictionary<long, string?> Lookup(string categoriesJson) =>
        TransactionCategoryNames.BuildLookup(JsonNode.Parse(categoriesJson)!.AsArray().OfType<JsonObject>());
}
