namespace PersonalCapitalService.Http;

/// <summary>
/// The headers of the owner's HTML pages (/login, /manage/simplefin): no script, no frames, forms only to this
/// service, no referrer, never cached (they show the session state, or a setup token once).
/// </summary>
internal static class OwnerPageHeaders
{
    private const string ContentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    /// <summary>Call after the antiforgery token is made: antiforgery warns when it finds caching headers already set.</summary>
    public static void Apply(HttpResponse response)
    {
        var headers = response.Headers;
        headers.CacheControl = "no-store, no-cache";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
    }
}
