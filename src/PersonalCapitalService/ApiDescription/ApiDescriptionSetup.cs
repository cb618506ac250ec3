using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.OpenApi;
using PersonalCapitalService.V1.Common;
using Scalar.AspNetCore;

namespace PersonalCapitalService.ApiDescription;

/// <summary>
/// The OpenAPI 3.1 description at <c>/openapi/v1.json</c> (every route, the v1 schemas, Basic auth declared, the legacy
/// routes marked) and the Scalar reference page at <c>/docs</c>; both behind Basic auth like everything else.
/// </summary>
internal static class ApiDescriptionSetup
{
    public const string DocumentName = "v1";
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string SchemeName = "basic";

    public static IServiceCollection AddApiDescription(this IServiceCollection services)
    {
        services.AddOpenApi(DocumentName, options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "PersonalCapitalService",
                    Version = "v1",
                    Description = "The owner's Empower Personal Dashboard data. /v1/ resources are flat, typed lists (JSON, or CSV at "
                        + "the same path with .csv or with Accept: text/csv); routes tagged Legacy are the original service's, kept unchanged.",
                };
                document.Components ??= new OpenApiComponents();
                document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
                {
                    Type = SecuritySchemeType.Http,
                    Scheme = "basic",
                    Description = "The BasicAuth__Username and BasicAuth__Password of the service.",
                };
                document.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, document)] = [] }];
                return Task.CompletedTask;
            });
            options.AddOperationTransformer((operation, context, _) =>
            {
                var metadata = context.Description.ActionDescriptor.EndpointMetadata;
                if (metadata.OfType<IAllowAnonymous>().Any())
                {
                    operation.Security = [];
                }
                else
                {
                    operation.Responses ??= new OpenApiResponses();
                    operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Basic credentials missing or wrong." });
                }
                if (metadata.OfType<RowsFormat>().FirstOrDefault() is { } rows)
                {
                    CsvContent(operation, rows.CsvOnly);
                }
                if (metadata.OfType<ITagsMetadata>().Any(t => t.Tags.Contains(LegacyTag.Name)))
                {
                    operation.Description = "Legacy: a route of the original service, answered exactly as it did. The /v1/ resources are its typed successors.";
                    operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
                    operation.Extensions["x-legacy"] = new JsonNodeExtension(true);
                }
                return Task.CompletedTask;
            });
        });
        return services;
    }

    public static IEndpointRouteBuilder MapApiDescription(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath);
        app.MapScalarApiReference("/docs", options => options
            .WithTitle("PersonalCapitalService API")
            .WithOpenApiRoutePattern(DocumentPath));
        return app;
    }

    /// <summary>The CSV form of a list: a text body, its header the record's property names (the JSON schema's order).</summary>
    private static void CsvContent(OpenApiOperation operation, bool csvOnly)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) != true || ok is not OpenApiResponse response)
        {
            return;
        }
        response.Content ??= new Dictionary<string, OpenApiMediaType>();
        if (csvOnly)
        {
            response.Content.Remove("application/json");
        }
        response.Content["text/csv"] = new OpenApiMediaType
        {
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, Description = "RFC 4180, UTF-8 with a byte-order mark, a header row." },
        };
    }
}
