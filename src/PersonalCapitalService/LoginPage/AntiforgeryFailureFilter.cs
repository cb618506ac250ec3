using Microsoft.AspNetCore.Antiforgery;

namespace PersonalCapitalService.LoginPage;

/// <summary>
/// Refuses a form without a valid antiforgery token with the page and a sentence, before the handler can reach the
/// upstream. The antiforgery middleware only records its verdict; form binding would answer a bare 400, and a form
/// with no fields would not look at the verdict at all. No verdict (the middleware missing) is a refusal too.
/// </summary>
internal sealed partial class AntiforgeryFailureFilter(ILogger<AntiforgeryFailureFilter> logger) : IEndpointFilter
{
    public const string Refusal =
        "This form is out of date or did not come from this page (forms also expire when the service restarts). " +
        "Nothing was sent upstream; the page below is fresh, try again.";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (http.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true })
        {
            LogRefused(logger, http.Request.Path);
            return LoginPageResponses.Page(http, StatusCodes.Status400BadRequest, error: Refusal);
        }
        return await next(context);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Refused a form to {Path}: its antiforgery token or cookie is missing, expired or forged; nothing was sent upstream")]
    private static partial void LogRefused(ILogger logger, string path);
}
