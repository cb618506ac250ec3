using PersonalCapitalService.ApiDescription;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapitalService.KeepAlive;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.Health;

internal static class HealthRoutes
{
    public static IServiceCollection AddHealthRoutes(this IServiceCollection services)
    {
        services.AddOptions<HealthSettings>().BindConfiguration(HealthSettings.SectionName)
            .Validate(s => s.FailureThreshold is >= 1 and <= 1000, "Health__FailureThreshold must be between 1 and 1000 (failed data calls in a row).")
            .ValidateOnStart();
        services.AddSingleton<UpstreamDataCheck>();
        return services;
    }

    public static IEndpointRouteBuilder MapHealthRoutes(this IEndpointRouteBuilder app)
    {
        // What Jenkins has always pinged (behind Basic auth, like every original route).
        app.MapGet("/", () => TypedResults.Text("HELLO WORLD!!!!")).AsLegacy();

        // The process runs: for Docker's HEALTHCHECK and orchestrators; no credentials needed.
        app.MapGet("/health/live", () => TypedResults.Ok(new { status = "live" })).AllowAnonymous().WithTags("Health");

        // Data can be served (ReadinessReport); strict: and nothing is in trouble, for Jenkins jobs that must alert.
        app.MapGet("/health/ready", async Task<JsonHttpResult<ReadinessReport>> (
            PersonalCapitalClient client,
            UpstreamDataCheck check,
            KeepAliveSchedule schedule,
            IOptions<HealthSettings> settings,
            IServiceProvider services,
            bool? strict,
            CancellationToken ct) =>
        {
            await check.CheckIfStaleAsync(ct);
            // The store's sync is optional: without it readiness rests on the upstream alone.
            var sync = services.GetService<ISyncStatusSource>()?.Current;
            var report = ReadinessReport.From(client.Status, client.DataCalls, sync, client.SessionSaveProblem,
                await schedule.NextRunAsync(ct), settings.Value.FailureThreshold);
            return TypedResults.Json(report, statusCode: report.HttpStatus(strict == true));
        }).WithTags("Health");
        return app;
    }
}
