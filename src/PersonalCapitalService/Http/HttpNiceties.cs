using Microsoft.AspNetCore.ResponseCompression;

namespace PersonalCapitalService.Http;

/// <summary>What HTTP clients expect beyond the routes: compressed answers and HEAD wherever GET is.</summary>
internal static class HttpNiceties
{
    public static IServiceCollection AddHttpNiceties(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // The answers hold the owner's data but echo nothing a third party controls, so BREACH-style guessing has
            // nothing to work with; year-long transaction lists shrink ten-fold.
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = [.. ResponseCompressionDefaults.MimeTypes, "text/csv", "application/problem+json"];
        });
        return services;
    }

    public static WebApplication UseHttpNiceties(this WebApplication app)
    {
        app.UseResponseCompression();
        // HEAD is answered by the GET endpoint: routing sees GET, and Kestrel, which still knows the request was a
        // HEAD, sends the headers and drops the body.
        app.Use((context, next) =>
        {
            if (HttpMethods.IsHead(context.Request.Method))
            {
                context.Request.Method = HttpMethods.Get;
            }
            return next(context);
        });
        return app;
    }
}
