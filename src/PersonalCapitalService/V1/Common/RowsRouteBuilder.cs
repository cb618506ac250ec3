namespace PersonalCapitalService.V1.Common;

/// <summary>Maps a v1 list at <c>/{resource}</c> and <c>/{resource}.csv</c> with one handler; conventions apply to both.</summary>
public sealed class RowsRouteBuilder(IReadOnlyList<RouteHandlerBuilder> builders) : IEndpointConventionBuilder
{
    public void Add(Action<EndpointBuilder> convention)
    {
        foreach (var builder in builders)
        {
            builder.Add(convention);
        }
    }

    public void Finally(Action<EndpointBuilder> finallyConvention)
    {
        foreach (var builder in builders)
        {
            builder.Finally(finallyConvention);
        }
    }
}

public static class RowsRoutes
{
    public static RowsRouteBuilder MapRows(this IEndpointRouteBuilder group, string resource, Delegate handler, string summary) =>
        new([
            group.MapGet($"/{resource}", handler).WithMetadata(new RowsFormat(resource, CsvOnly: false))
                .WithName($"v1-{resource}").WithSummary(summary),
            group.MapGet($"/{resource}.csv", handler).WithMetadata(new RowsFormat(resource, CsvOnly: true))
                .WithName($"v1-{resource}-csv").WithSummary(summary + " (CSV)"),
        ]);
}
