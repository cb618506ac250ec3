namespace PersonalCapitalService.ApiDescription;

/// <summary>
/// The tag of the original Flask service's routes: the compatibility promise. The OpenAPI document marks them, and
/// the route tests compare exactly the endpoints carrying it with the spec's table.
/// </summary>
public static class LegacyTag
{
    public const string Name = "Legacy";

    public static TBuilder AsLegacy<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithTags(Name);
}
