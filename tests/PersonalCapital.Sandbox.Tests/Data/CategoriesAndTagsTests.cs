using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Tests.Data;

public sealed class CategoriesAndTagsTests
{
    [Fact]
    public void Categories_are_an_array_with_the_standard_ones_and_a_custom_one()
    {
        var categories = TestData.Call(TestData.Api(), "transactioncategory/getCategories").AsArray().Select(c => c!.AsObject()).ToList();
        var names = categories.Select(c => c.Text("name")).ToHashSet();

        foreach (var name in new[] { "Groceries", "Paychecks/Salary", "Transfers", "Uncategorized", "Restaurants", "Utilities", "Mortgages",
                     "Securities Trades", "Retirement Contributions", "Investment Income", "Refunds & Reimbursements" })
        {
            Assert.Contains(name, names);
        }
        Assert.All(categories, c =>
        {
            foreach (var field in new[] { "transactionCategoryId", "name", "type", "shortDescription", "isEditable", "isCustom", "isOverride" })
            {
                Assert.True(c.ContainsKey(field), $"{c.Text("name")} lacks {field}");
            }
            Assert.Contains(c.Text("type"), new[] { "EXPENSE", "INCOME", "TRANSFER", "UNCATEGORIZED", "DEFERRED_COMPENSATION" });
        });
        var custom = Assert.Single(categories, c => c.Flag("isCustom"));
        Assert.False(custom.ContainsKey("transactionCategoryKey"));
        Assert.All(categories.Where(c => !c.Flag("isCustom")), c => Assert.False(string.IsNullOrEmpty(c.Text("transactionCategoryKey"))));
        Assert.Equal(categories.Count, categories.Select(c => c["transactionCategoryId"]!.GetValue<long>()).Distinct().Count());
    }

    [Fact]
    public void Rows_name_their_category_as_listed_except_for_the_deleted_one()
    {
        var api = TestData.Api();
        var categories = TestData.Call(api, "transactioncategory/getCategories").AsArray()
            .ToDictionary(c => c!["transactionCategoryId"]!.GetValue<long>(), c => c!.AsObject());
        var rows = TestData.AllTransactions(api);

        var unknown = rows.Where(t => !categories.ContainsKey(t["categoryId"]!.GetValue<long>())).ToList();
        Assert.NotEmpty(unknown);
        Assert.All(rows.Except(unknown), t =>
        {
            var category = categories[t["categoryId"]!.GetValue<long>()];
            Assert.Equal(category.Text("name"), t.Text("categoryName"));
            Assert.Equal(category.Text("type"), t.Text("categoryType"));
        });
        Assert.Contains(rows, t => categories.TryGetValue(t["categoryId"]!.GetValue<long>(), out var c) && c.Flag("isCustom"));
    }

    [Fact]
    public void Tags_are_an_array_of_id_and_name_and_rows_use_them()
    {
        var api = TestData.Api();
        var tags = TestData.Call(api, "transactiontag/getTags").AsArray().Select(t => t!.AsObject()).ToList();
        var tagIds = tags.Select(t => t["tagId"]!.GetValue<long>()).ToHashSet();

        Assert.NotEmpty(tags);
        Assert.All(tags, t => Assert.Equal(["tagId", "tagName"], t.Select(p => p.Key)));
        var used = TestData.AllTransactions(api).SelectMany(t => t["customTags"]!["userTags"]!.AsArray().Select(i => i!.GetValue<long>())).ToList();
        Assert.NotEmpty(used);
        Assert.All(used, id => Assert.Contains(id, tagIds));
    }
}
