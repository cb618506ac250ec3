using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PersonalCapitalService.Logging;

/// <summary>
/// Serilog to the console: readable text in Development, compact JSON elsewhere (Docker, log shippers). Levels and
/// overrides can be set in the <c>Serilog</c> configuration section. Other logging providers registered later (tests)
/// receive the same events. Each application keeps its own logger; Serilog's static one is left alone, so several
/// hosts in one process (the tests) never write through each other's.
/// </summary>
internal static class ServiceLogging
{
    public static WebApplicationBuilder AddServiceLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Extensions.Http", LogEventLevel.Warning)
                .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext();
            if (development)
            {
                logger.WriteTo.Console(outputTemplate: "[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");
            }
            else
            {
                logger.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        }, preserveStaticLogger: true, writeToProviders: true);
        return builder;
    }

    /// <summary>One line per request: method, path (never the query string or headers), status, time.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
        });
        return app;
    }
}
