using Microsoft.AspNetCore.Http.HttpResults;
using PersonalCapital.Client;
using PersonalCapital.Client.Transport;
using static PersonalCapitalService.LoginPage.LoginPageResponses;

namespace PersonalCapitalService.LoginPage.SessionImport;

/// <summary>
/// <c>POST /login/import</c>: the fallback when automated sign-in is blocked. Takes a pasted Cookie header (and the
/// csrf if given), has the client check it with one cheap call, and stores it like any other session. Whatever goes
/// wrong, the answer never repeats the pasted text.
/// </summary>
internal static class SessionImportRoutes
{
    /// <param name="forms">The /login form group (antiforgery already required).</param>
    public static RouteGroupBuilder MapSessionImport(this RouteGroupBuilder forms)
    {
        forms.MapPost("/import", ImportAsync);
        return forms;
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult<LoginPageView>>> ImportAsync(
        LoginForm form,
        HttpContext http,
        PersonalCapitalClient client,
        CancellationToken cancellationToken)
    {
        try
        {
            await client.ImportSessionAsync(form.Cookie ?? "", form.Csrf, cancellationToken);
        }
        catch (FormatException e)
        {
            return Page(http, StatusCodes.Status400BadRequest, error: $"Importing the session failed: {e.Message}");
        }
        catch (UpstreamException e) when (e.Failure == UpstreamFailure.SessionExpired)
        {
            return Page(http, StatusCodes.Status400BadRequest, error: $"Importing the session failed: {e.Message}");
        }
        catch (UpstreamException e)
        {
            return Page(http, LoginFailures.StatusCode(e), error: $"Importing the session failed: {e.Message}");
        }
        return BackToPage(http, LoginOutcome.SessionImported);
    }
}
