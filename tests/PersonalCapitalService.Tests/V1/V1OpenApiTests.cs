using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PersonalCapitalService.ApiDescription;
using PersonalCapitalService.Tests.Routes;

namespace PersonalCapitalService.Tests.V1;

/// <summary>/openapi/v1.json describes exactly what the service serves: the v1 lists with schemas, the legacy routes marked, Basic auth.</summary>
[Collection(RouteWorldCollection.Name)]
public sealed partial class V1OpenApiTests(SharedRouteWorld shared)
{
    private readonly V1Answers _v1 = new(shared.World);

    /// <summary>The v1 lists of issue 10, each at its plain path and as .csv.</summary>
    public static readonly string[] V1Lists =
        ["accounts", "transactions", "holdings", "categories", "networth", "balances", "cashflow", "spending", "performance"];

    [Fact]
    public async Task The_document_lists_every_served_endpoint_and_nothing_else()
    {
        var document = await _v1.DocumentAsync();
        var described = document["paths"]!.AsObject()
            .SelectMany(p => p.Value!.AsObject().Select(m => $"{m.Key.ToUpperInvariant()} {p.Key}"))
            .Order(StringComparer.Ordinal);

        var served = shared.World.Service.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription != true)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? []).Select(m =>
                $"{m} /{Constraint().Replace(e.RoutePattern.RawText!.Trim('/'), "}")}"))
            .Order(StringComparer.Ordinal);
        Assert.Equal(served, described);
    }

    [Fact]
    public async Task The_v1_paths_are_every_list_twice_each_with_its_schema()
    {
        var document = await _v1.DocumentAsync();
        var paths = document["paths"]!.AsObject();
        var v1 = paths.Select(p => p.Key).Where(p => p.StartsWith("/v1/", StringComparison.Ordinal)).Order(StringComparer.Ordinal);
        // Beside the lists, /v1/sync: the store's sync (issue 7).
        Assert.Equal(V1Lists.SelectMany(l => new[] { $"/v1/{l}", $"/v1/{l}.csv" }).Append("/v1/sync").Order(StringComparer.Ordinal), v1);

        foreach (var list in V1Lists)
        {
            var plain = paths[$"/v1/{list}"]!["get"]!["responses"]!;
            var items = plain["200"]!["content"]!["application/json"]!["schema"]!;
            Assert.Equal("array", items["type"]!.GetValue<string>());
            var name = items["items"]!["$ref"]!.GetValue<string>().Split('/')[^1];
            var record = document["components"]!["schemas"]![name]!.AsObject();
            // Every property is required (present on every row, null when unknown).
            Assert.Equal(record["properties"]!.AsObject().Select(p => p.Key).Order(), record["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
            Assert.NotNull(plain["200"]!["content"]!["text/csv"]);
            var takesParameters = list is not ("accounts" or "categories" or "spending" or "holdings");
            Assert.Equal(takesParameters ? "#/components/schemas/HttpValidationProblemDetails" : null,
                plain["400"]?["content"]?["application/problem+json"]?["schema"]?["$ref"]?.GetValue<string>());
            Assert.NotNull(plain["503"]);

            var csv = paths[$"/v1/{list}.csv"]!["get"]!["responses"]!["200"]!["content"]!.AsObject();
            Assert.Equal(["text/csv"], csv.Select(c => c.Key));
        }
    }

    [Fact]
    public async Task Basic_auth_is_declared_for_everything_but_the_liveness_probe()
    {
        var document = await _v1.DocumentAsync();
        Assert.StartsWith("3.1", document["openapi"]!.GetValue<string>(), StringComparison.Ordinal);
        var scheme = document["components"]!["securitySchemes"]!["basic"]!;
        Assert.Equal("http", scheme["type"]!.GetValue<string>());
        Assert.Equal("basic", scheme["scheme"]!.GetValue<string>());
        Assert.NotNull(document["security"]![0]!["basic"]);
        Assert.Empty(document["paths"]!["/health/live"]!["get"]!["security"]!.AsArray());
        Assert.NotNull(document["paths"]!["/v1/accounts"]!["get"]!["responses"]!["401"]);
    }

    [Fact]
    public async Task The_legacy_routes_are_marked_and_are_the_spec_s_table()
    {
        var document = await _v1.DocumentAsync();
        var legacy = document["paths"]!.AsObject()
            .Where(p => p.Value!["get"]?["tags"]?.AsArray().Any(t => t!.GetValue<string>() == LegacyTag.Name) == true)
            .ToList();
        Assert.Equal(RouteCatalog.Templates.Order(StringComparer.Ordinal), legacy.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.All(legacy, p => Assert.True(p.Value!["get"]!["x-legacy"]!.GetValue<bool>(), p.Key));
        Assert.All(document["paths"]!.AsObject().Where(p => p.Key.StartsWith("/v1/", StringComparison.Ordinal)),
            p => Assert.Null(p.Value!["get"]?["x-legacy"]));
    }

    [Fact]
    public async Task The_schema_check_rejects_a_row_missing_a_property_or_of_the_wrong_type()
    {
        var rows = await _v1.RowsAsync("v1/categories");
        var missing = rows.DeepClone().AsArray();
        missing[0]!.AsObject().Remove("type");
        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => _v1.AssertMatchesSchemaAsync("v1/categories", missing.ToJsonString()));

        var wrong = rows.DeepClone().AsArray();
        wrong[0]!["id"] = "12";
        await Assert.ThrowsAnyAsync<Xunit.Sdk.XunitException>(() => _v1.AssertMatchesSchemaAsync("v1/categories", wrong.ToJsonString()));
    }

    [Fact]
    public async Task The_reference_page_is_served_behind_basic_auth()
    {
        using var page = await shared.World.Service.Client.GetAsync("docs/");
        Assert.Equal(System.Net.HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("openapi/v1.json", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var anonymous = shared.World.Service.NewClient(null, null);
        using var refused = await anonymous.GetAsync("openapi/v1.json");
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, refused.StatusCode);
    }

    [GeneratedRegex(":[a-z]+}")]
    private static partial Regex Constraint();
}
