using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;

namespace PersonalCapitalService.V1.Common;

/// <summary>
/// A v1 list: a JSON array of flat records, or the same rows as CSV (see <see cref="RowsFormat"/>). The rows are
/// exposed as <see cref="Value"/> for filters that look at a response before it is written.
/// </summary>
public sealed class RowsResult<T>(IReadOnlyList<T> rows) : IResult, IEndpointMetadataProvider, IStatusCodeHttpResult, IValueHttpResult, IValueHttpResult<IReadOnlyList<T>>
{
    public IReadOnlyList<T> Value => rows;

    object? IValueHttpResult.Value => rows;

    public int? StatusCode => StatusCodes.Status200OK;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var format = httpContext.GetEndpoint()?.Metadata.GetMetadata<RowsFormat>();
        if (format?.WantsCsv(httpContext.Request) != true)
        {
            await TypedResults.Ok(rows).ExecuteAsync(httpContext);
            return;
        }
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = CsvRows.ContentType;
        await CsvRows.WriteAsync(httpContext.Response.Body, rows, httpContext.RequestAborted);
    }

    /// <summary>The JSON form for the OpenAPI document; the CSV form is added by <c>V1OpenApi</c>.</summary>
    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(IReadOnlyList<T>), ["application/json"]));
}
