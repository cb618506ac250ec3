using Microsoft.Extensions.Options;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using PersonalCapital.Client.Diagnostics;

namespace PersonalCapitalService.Metrics;

/// <summary>
/// <c>/metrics</c> in the Prometheus text format, by OpenTelemetry's Prometheus exporter: the client's and the service's
/// meters, plus the built-in ASP.NET Core (request duration by route, Kestrel, authentication) and .NET runtime meters.
/// Behind the owner's Basic credentials unless <c>Metrics__Anonymous=true</c>.
/// </summary>
internal static class MetricsSetup
{
    public const string Path = "/metrics";

    private static readonly string[] BuiltInMeters =
    [
        "Microsoft.AspNetCore.Hosting",
        "Microsoft.AspNetCore.Server.Kestrel",
        "Microsoft.AspNetCore.Routing",
        "Microsoft.AspNetCore.Diagnostics",
        "Microsoft.AspNetCore.Authentication",
        "Microsoft.AspNetCore.Authorization",
        "System.Net.Http",
        "System.Runtime",
    ];

    public static IServiceCollection AddServiceMetrics(this IServiceCollection services)
    {
        services.AddOptions<MetricsSettings>().BindConfiguration(MetricsSettings.SectionName).ValidateOnStart();
        services.AddSingleton<ServiceMetrics>();
        services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService("PersonalCapitalService"))
            .WithMetrics(metrics => metrics
                .AddMeter([ClientMetrics.MeterName, ServiceMetrics.MeterName, .. BuiltInMeters])
                // Every scrape reads the gauges afresh: one Prometheus every 15 s or so is no load to cache against.
                .AddPrometheusExporter(o => o.ScrapeResponseCacheDurationMilliseconds = 0));
        return services;
    }

    public static WebApplication MapMetrics(this WebApplication app)
    {
        // The gauges exist once their owner does.
        app.Services.GetRequiredService<ServiceMetrics>();
        var endpoint = app.MapPrometheusScrapingEndpoint(Path);
        if (app.Services.GetRequiredService<IOptions<MetricsSettings>>().Value.Anonymous)
        {
            endpoint.AllowAnonymous();
        }
        return app;
    }
}
