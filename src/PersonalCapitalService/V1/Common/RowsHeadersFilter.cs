namespace PersonalCapitalService.V1.Common;

/// <summary>
/// The headers of a v1 list that do not depend on its rows, set before anything runs so that every answer has them,
/// a 304 and an answer replayed from the store's answer cache included: <c>Vary: Accept</c> on the plain path (it
/// answers JSON or CSV by Accept, so caches must keep them apart) and the download name on the <c>.csv</c> path.
/// </summary>
internal sealed class RowsHeadersFilter : IEndpointFilter
{
    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.GetEndpoint()?.Metadata.GetMetadata<RowsFormat>() is { } format)
        {
            if (format.CsvOnly)
            {
                http.Response.Headers.ContentDisposition = $"attachment; filename=\"{format.Resource}.csv\"";
            }
            else
            {
                http.Response.Headers.Append("Vary", "Accept");
            }
        }
        return next(context);
    }
}
