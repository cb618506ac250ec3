using PersonalCapitalService.ApiDescription;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapitalService.KeepAlive;

namespace PersonalCapitalService.Health;

internal static class HealthRoutes
{
    public static IServiceCollection AddHealthRoutes(this IServiceCollection services)
    {
        services.AddOptions<HealthSettings>().BindConfiguration(HealthSettings.SectionName)
            .Validate(s => s.FailureThreshold > 0, "Health__FailureThreshold must be positive.").ValidateOnStart();
        return services;
    }

    public static IEndpointRouteBuilder MapHealthRoutes(this IEndpointRouteBuilder app)
    {
        // What Jenkins has always pinged (behind Basic auth, like every original route).
        app.MapGet("/", () => TypedResults.Text("HELLO WORLD!!!!")).AsLegacy();

        // The process runs: for Docker's HEALTHCHECK and orchestrators; no credentials needed.
        app.MapGet("/health/live", () => TypedResults.Ok(new { status = "live" })).AllowAnonymous().WithTags("Health");

        // The bridge can serve data: session usable and the upstream not failing.
        app.MapGet("/health/ready", async Task<Results<Ok<ReadinessReport>, JsonHttpResult<ReadinessReport>>> (
            PersonalCapitalClient client,
            KeepAliveSchedule schedule,
            IOptions<HealthSettings> settings,
            CancellationToken ct) =>
        {
            var report = ReadinessReport.From(client.Status, await schedule.NextRunAsync(ct), settings.Value.FailureThreshold);
            return report.IsReady
                ? TypedResults.Ok(report)
                : TypedResults.Json(report, statusCode: StatusCodes.Status503ServiceUnavailable);
        }).WithTags("Health");
        return app;
    }
}
