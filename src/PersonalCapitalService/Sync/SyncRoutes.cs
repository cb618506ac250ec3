using Microsoft.AspNetCore.Http.HttpResults;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.Sync;

internal static class SyncRoutes
{
    /// <summary><c>GET /v1/sync</c>: the sync's state; <c>POST /v1/sync</c>: start one now (202).</summary>
    public static IEndpointRouteBuilder MapSyncRoutes(this IEndpointRouteBuilder app)
    {
        var sync = app.MapGroup("/v1/sync").WithTags("Sync");
        sync.MapGet("", (ISyncStatusSource status) => TypedResults.Ok(status.Current))
            .WithSummary("The background sync's state, coverage and counts.");
        sync.MapPost("", async Task<Accepted<SyncStatus>> (SyncTrigger trigger, ISyncStatusSource status, CancellationToken ct) =>
            {
                await trigger.RequestAsync(ct);
                return TypedResults.Accepted("/v1/sync", status.Current);
            })
            .WithSummary("Starts a sync now (one already running is not started twice).");
        return app;
    }
}
