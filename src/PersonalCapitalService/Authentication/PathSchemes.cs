namespace PersonalCapitalService.Authentication;

/// <summary>
/// Path prefixes guarded by another authentication scheme than the owner's Basic credentials (e.g. <c>/simplefin</c>
/// by SimpleFIN access credentials). Under such a prefix only that scheme runs: the owner's credentials are not
/// looked at, and credentials of that scheme are never counted as a wrong owner login.
/// </summary>
internal sealed class PathSchemes
{
    public const string SelectorScheme = "ByPath";

    public List<(PathString Prefix, string Scheme)> Prefixes { get; } = [];

    public string? SchemeFor(PathString path) =>
        Prefixes.FirstOrDefault(p => path.StartsWithSegments(p.Prefix, StringComparison.OrdinalIgnoreCase)).Scheme;
}

internal static class PathSchemesExtensions
{
    /// <summary>Requests under <paramref name="prefix"/> authenticate (and are challenged) by <paramref name="scheme"/> only.</summary>
    public static IServiceCollection AddAuthenticationForPath(this IServiceCollection services, PathString prefix, string scheme) =>
        services.Configure<PathSchemes>(o => o.Prefixes.Add((prefix, scheme)));
}
