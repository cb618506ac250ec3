using System.Globalization;
using System.Text;
using Microsoft.Net.Http.Headers;

namespace PersonalCapitalService.Storage;

/// <summary>
/// <c>ETag</c> and <c>Last-Modified</c> on answers from the store, and <c>304</c> for a matching
/// <c>If-None-Match</c> before any work. The tag names the store's version, the server's "today" (relative ranges
/// move at midnight), and the request (path, query, wanted format), so it changes exactly when the answer can.
/// </summary>
internal sealed class StoreValidatorsFilter(StoreReads reads, StoreStateCache cache, TimeProvider time) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (!reads.HasData)
        {
            return await next(context);
        }
        var http = context.HttpContext;
        var tag = Tag(http);
        if (http.Request.Headers.IfNoneMatch.Any(v => v is not null && v.Split(',').Any(t => t.Trim() == tag || t.Trim() == "*")))
        {
            SetValidators(http.Response, tag);
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        http.Response.OnStarting(() =>
        {
            if (http.Response.StatusCode == StatusCodes.Status200OK)
            {
                // A read-through may have added rows meanwhile: the tag names the version the body was read at.
                SetValidators(http.Response, Tag(http));
            }
            return Task.CompletedTask;
        });
        return await next(context);
    }

    private void SetValidators(HttpResponse response, string tag)
    {
        response.Headers.ETag = tag;
        response.Headers.CacheControl = "private, no-cache";
        if (cache.State.LastSuccessAt is { } modified)
        {
            response.Headers.LastModified = modified.ToString("R", CultureInfo.InvariantCulture);
        }
    }

    private string Tag(HttpContext http)
    {
        var request = http.Request;
        var today = DateOnly.FromDateTime(time.GetLocalNow().DateTime);
        var key = $"{request.Path}{request.QueryString}|{request.Headers[HeaderNames.Accept]}";
        return $"W/\"{cache.State.Version}-{today:yyyyMMdd}-{Fnv1a(key):x16}\"";
    }

    private static ulong Fnv1a(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }
        return hash;
    }
}
