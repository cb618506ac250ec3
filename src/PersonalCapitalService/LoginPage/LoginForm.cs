using Microsoft.AspNetCore.Antiforgery;

namespace PersonalCapitalService.LoginPage;

/// <summary>
/// The fields the page's forms post. Bound by hand rather than with <c>[FromForm]</c>: form binding answers a missing or
/// forged antiforgery token with a bare 400 before any endpoint filter runs, while this page wants to answer it with
/// itself and a sentence (see <see cref="AntiforgeryFailureFilter"/>, which runs before the handler). Only a form whose
/// token the antiforgery middleware accepted is read at all; anything else binds as an empty form, for the filter to
/// refuse.
/// </summary>
/// <param name="Method">The second-factor method's radio button value.</param>
/// <param name="Code">The code as typed.</param>
/// <param name="Cookie">A browser's Cookie header, for the session import; a secret, never echoed.</param>
/// <param name="Csrf">That browser tab's csrf token, when the owner has it; a secret too.</param>
internal sealed record LoginForm(string? Method, string? Code, string? Cookie = null, string? Csrf = null)
{
    public static async ValueTask<LoginForm> BindAsync(HttpContext context)
    {
        if (context.Features.Get<IAntiforgeryValidationFeature>() is not { IsValid: true } || !context.Request.HasFormContentType)
        {
            return new LoginForm(null, null);
        }
        IFormCollection form;
        try
        {
            form = await context.Request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or BadHttpRequestException)
        {
            return new LoginForm(null, null);
        }
        return new LoginForm(First(form, "method"), First(form, "code"), First(form, "cookie"), First(form, "csrf"));
    }

    private static string? First(IFormCollection form, string name) =>
        form.TryGetValue(name, out var values) ? values.FirstOrDefault() : null;
}
