using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox.Control;

/// <summary>Routes for tests and demos, outside every upstream path: never part of the real service.</summary>
internal static class ControlEndpoints
{
    public static void MapControl(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/sandbox");
        group.MapPost("/sessions/expire", (SessionRegistry sessions) =>
            TypedResults.Ok(new { expired = sessions.ExpireAll() }));
        group.MapGet("/stats", (CallStats stats) => TypedResults.Ok(stats.Snapshot()));
        group.MapTransactionControl();
    }
}
