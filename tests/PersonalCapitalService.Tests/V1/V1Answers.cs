using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using PersonalCapitalService.Tests.Routes;

namespace PersonalCapitalService.Tests.V1;

/// <summary>
/// Asks the service a v1 list and checks what every v1 answer promises before handing the rows back: 200 JSON, valid
/// against the schema the service's own OpenAPI document gives for that path, one and the same set of properties on
/// every row, and no "NaN" anywhere.
/// </summary>
internal sealed class V1Answers(RouteWorld world)
{
    private JsonObject? _document;

    public RouteWorld World => world;

    public async Task<JsonObject> DocumentAsync()
    {
        if (_document is null)
        {
            using var response = await world.Service.Client.GetAsync("openapi/v1.json");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            _document = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        }
        return _document;
    }

    /// <param name="path">Relative, e.g. <c>v1/transactions?days=30</c>.</param>
    public async Task<JsonArray> RowsAsync(string path)
    {
        using var response = await world.Service.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path}: {(int)response.StatusCode} {RouteCheck.Clip(text)}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("NaN", text, StringComparison.Ordinal);

        await AssertMatchesSchemaAsync(path, text);
        var rows = JsonNode.Parse(text)!.AsArray();
        var keys = rows.Select(r => string.Join(",", r!.AsObject().Select(p => p.Key))).Distinct().ToList();
        Assert.True(keys.Count <= 1, $"{path}: rows differ in their properties: {string.Join(" | ", keys)}");
        return rows;
    }

    /// <summary>The body against the 200 application/json schema of the path's GET operation in /openapi/v1.json.</summary>
    public async Task AssertMatchesSchemaAsync(string path, string body)
    {
        var document = await DocumentAsync();
        var template = "/" + path.Split('?')[0];
        var schema = document["paths"]?[template]?["get"]?["responses"]?["200"]?["content"]?["application/json"]?["schema"];
        Assert.True(schema is not null, $"{template}: no 200 JSON schema in the OpenAPI document");

        // OpenAPI 3.1 schemas are JSON Schema 2020-12; the component schemas become $defs of one self-contained schema.
        var root = schema!.DeepClone().AsObject();
        root["$schema"] = "https://json-schema.org/draft/2020-12/schema";
        root["$defs"] = document["components"]!["schemas"]!.DeepClone();
        var text = root.ToJsonString().Replace("#/components/schemas/", "#/$defs/", StringComparison.Ordinal);
        var compiled = JsonSchema.FromText(text, new BuildOptions(), new Uri($"https://schemas.test/{Guid.NewGuid():N}"));
        using var instance = JsonDocument.Parse(body);
        var result = compiled.Evaluate(instance.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (!result.IsValid)
        {
            var errors = new StringBuilder();
            foreach (var detail in (result.Details ?? []).Where(d => d.Errors is { Count: > 0 }).Take(5))
            {
                errors.Append(detail.InstanceLocation).Append(": ").AppendJoin("; ", detail.Errors!.Values).Append('\n');
            }
            Assert.Fail($"{path}: the body does not match its schema:\n{errors}");
        }
    }
}
