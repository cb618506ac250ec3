using PersonalCapitalService.V1.Common;

namespace PersonalCapitalService.V1.Categories;

internal static class CategoryEndpoints
{
    public static IEndpointRouteBuilder MapV1Categories(this IEndpointRouteBuilder v1)
    {
        v1.MapRows("categories", async (V1Request request, CancellationToken ct) =>
                new RowsResult<CategoryRecord>(await request.CategoriesAsync(ct)),
            "Every transaction category")
            .WithTags("Categories");
        return v1;
    }
}
