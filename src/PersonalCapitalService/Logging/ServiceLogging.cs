using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace PersonalCapitalService.Logging;

/// <summary>
/// Serilog to the console: readable text or compact JSON (<see cref="LogFormat"/>, <c>Logging__Format</c>). Levels and
/// overrides can be set in the <c>Serilog</c> configuration section. Other logging providers registered later (tests)
/// receive the same events. Each application keeps its own logger; Serilog's static one is left alone, so several
/// hosts in one process (the tests) never write through each other's.
/// </summary>
internal static class ServiceLogging
{
    private static readonly object ToldKey = new();

    public static WebApplicationBuilder AddServiceLogging(this WebApplicationBuilder builder)
    {
        builder.Logging.ClearProviders();
        var format = LogFormats.Read(builder.Configuration, builder.Environment);
        builder.Services.AddSerilog((services, logger) =>
        {
            logger
                .MinimumLevel.Information()
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.Extensions.Http", LogEventLevel.Warning)
                .MinimumLevel.Override("System.Net.Http.HttpClient", LogEventLevel.Warning)
                .MinimumLevel.Override("Quartz", LogEventLevel.Warning)
                // The handler's "not authenticated" and "challenged" lines repeat what the throttle's one line says.
                .MinimumLevel.Override("idunno.Authentication", LogEventLevel.Warning)
                // A forged or stale antiforgery cookie is an outsider's input, not our error: it would log an error
                // with a stack trace. AntiforgeryFailureFilter refuses the form and logs one warning instead.
                .MinimumLevel.Override("Microsoft.AspNetCore.Antiforgery", LogEventLevel.Fatal)
                .ReadFrom.Configuration(builder.Configuration)
                .Enrich.FromLogContext()
                .Filter.ByExcluding(IsStartupFailureReport);
            if (format == LogFormat.Text)
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

    /// <summary>
    /// The host reports a failed start with the whole stack trace; ServeCommand tells the same failure in one sentence
    /// on stderr (exit 2), so the report is left out rather than printing twenty lines of trace before it.
    /// </summary>
    private static bool IsStartupFailureReport(LogEvent e) =>
        e.Level == LogEventLevel.Error
        && e.MessageTemplate.Text == "Hosting failed to start"
        && e.Properties.TryGetValue("SourceContext", out var source)
        && source is ScalarValue { Value: "Microsoft.Extensions.Hosting.Internal.Host" };

    /// <summary>One line per request: method, path (never the query string or headers), status, time.</summary>
    public static WebApplication UseRequestLogging(this WebApplication app)
    {
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms";
            // A SimpleFIN claim URL is a credential until it is spent: its token never reaches the log.
            options.GetMessageTemplateProperties = (context, path, elapsed, status) =>
            [
                new LogEventProperty("RequestMethod", new ScalarValue(context.Request.Method)),
                new LogEventProperty("RequestPath", new ScalarValue(RedactedPath(path))),
                new LogEventProperty("StatusCode", new ScalarValue(status)),
                new LogEventProperty("Elapsed", new ScalarValue(elapsed)),
            ];
            // Below the minimum level, so never written: the request was already told in one line of its own.
            options.GetLevel = (context, _, exception) =>
                context.Items.ContainsKey(ToldKey) ? LogEventLevel.Verbose
                : exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError ? LogEventLevel.Error
                : LogEventLevel.Information;
        });
        return app;
    }

    private static string RedactedPath(string path) =>
        path.StartsWith(ClaimPrefix, StringComparison.OrdinalIgnoreCase) ? ClaimPrefix + "***" : path;

    private const string ClaimPrefix = "/simplefin/claim/";

    /// <summary>This request has its one log line already (a failed Basic login): no request line after it.</summary>
    public static void MarkToldInLog(this HttpContext context) => context.Items[ToldKey] = true;
}
