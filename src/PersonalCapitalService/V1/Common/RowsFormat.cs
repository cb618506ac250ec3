using Microsoft.Net.Http.Headers;

namespace PersonalCapitalService.V1.Common;

/// <summary>
/// Marks a v1 list endpoint: <paramref name="CsvOnly"/> for the <c>.csv</c> path, else the plain path, which answers
/// CSV when the caller's <c>Accept</c> prefers <c>text/csv</c> to JSON.
/// </summary>
public sealed record RowsFormat(string Resource, bool CsvOnly)
{
    public bool WantsCsv(HttpRequest request) => CsvOnly || PrefersCsv(request.Headers.Accept);

    private static bool PrefersCsv(Microsoft.Extensions.Primitives.StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var types))
        {
            return false;
        }
        double Quality(string mediaType) => types
            .Where(t => t.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase))
            .Select(t => t.Quality ?? 1.0)
            .DefaultIfEmpty(0.0)
            .Max();
        var csv = Quality("text/csv");
        return csv > 0 && csv >= Quality("application/json");
    }
}
