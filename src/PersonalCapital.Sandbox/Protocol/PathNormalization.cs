using System.Text.RegularExpressions;

namespace PersonalCapital.Sandbox.Protocol;

/// <summary>Several clients build <c>base + "/api"</c> from a base ending in "/"; upstream tolerates <c>//api/...</c>.</summary>
internal static partial class PathNormalization
{
    public static IApplicationBuilder UseDuplicateSlashTolerance(this IApplicationBuilder app) =>
        app.Use((http, next) =>
        {
            var path = http.Request.Path.Value;
            if (path is not null && path.Contains("//", StringComparison.Ordinal))
            {
                http.Request.Path = new PathString(RepeatedSlashes().Replace(path, "/"));
            }
            return next(http);
        });

    [GeneratedRegex("/{2,}")]
    private static partial Regex RepeatedSlashes();
}
