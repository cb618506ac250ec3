using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Data.Endpoints;

/// <summary><c>transactioncategory/getCategories</c> and <c>transactiontag/getTags</c>: the two endpoints whose spData is an array.</summary>
internal static class ReferenceListsEndpoint
{
    public static JsonArray Categories(DemoDataset data) => new([.. data.Categories.Select(Category)]);

    public static JsonArray Tags(DemoDataset data) =>
        new([.. data.Tags.Select(t => (JsonNode)new JsonObject { ["tagId"] = t.TagId, ["tagName"] = t.TagName })]);

    private static JsonNode Category(DemoCategory category)
    {
        var json = new JsonObject
        {
            ["transactionCategoryId"] = category.TransactionCategoryId,
            ["name"] = category.Name,
            ["type"] = category.Type,
            ["shortDescription"] = category.ShortDescription,
        };
        if (category.TransactionCategoryKey is { } key)
        {
            json["transactionCategoryKey"] = key;
        }
        json["isEditable"] = category.IsEditable;
        json["isCustom"] = category.IsCustom;
        json["isOverride"] = category.IsOverride;
        return json;
    }
}
