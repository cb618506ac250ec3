using System.Text.Encodings.Web;

namespace PersonalCapitalService.Problems;

/// <summary>
/// Every error is <c>application/problem+json</c> (RFC 9457): bad routes and methods through status code pages,
/// anything unforeseen through one handler that logs the exception and answers a bare 500, with no stack trace in
/// any environment. JSON keeps non-ASCII text as is, as the original did, and writes enums as names.
/// </summary>
internal static partial class ProblemResponses
{
    public static IServiceCollection AddProblemResponses(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping;
            o.SerializerOptions.Converters.Add(new System.Text.Json.Serialization.JsonStringEnumConverter());
        });
        return services;
    }

    public static WebApplication UseProblemResponses(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = context =>
            {
                var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("PersonalCapitalService.Unhandled");
                var error = context.Features.Get<Microsoft.AspNetCore.Diagnostics.IExceptionHandlerFeature>()?.Error;
                LogUnhandled(logger, error, context.Request.Path);
                return TypedResults.Problem(
                    statusCode: StatusCodes.Status500InternalServerError,
                    title: "Unexpected error",
                    detail: "The service failed unexpectedly; the log has the details.").ExecuteAsync(context);
            },
        });
        app.UseStatusCodePages();
        return app;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Unhandled exception on {Path}")]
    private static partial void LogUnhandled(ILogger logger, Exception? exception, string path);
}
