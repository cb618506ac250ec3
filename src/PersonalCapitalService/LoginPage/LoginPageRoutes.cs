using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using PersonalCapital.Client;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Transport;
using static PersonalCapitalService.LoginPage.LoginPageResponses;

namespace PersonalCapitalService.LoginPage;

/// <summary>
/// The owner's way through a second factor without a console: GET /login shows the session and the next step;
/// each step is a POST that redirects back (or shows the page with what went wrong). Basic auth guards it like
/// every route; antiforgery guards the POSTs, since a browser sends Basic credentials on any site's behalf.
/// </summary>
internal static class LoginPageRoutes
{
    public static IEndpointRouteBuilder MapLoginPage(this IEndpointRouteBuilder app)
    {
        app.MapGet("/login", (HttpContext http, string? done) => Page(http, StatusCodes.Status200OK, LoginOutcomes.Parse(done)))
            .WithTags("Login").ExcludeFromDescription();

        var forms = app.MapGroup("/login")
            .WithMetadata(new RequireAntiforgeryTokenAttribute())
            .AddEndpointFilter<AntiforgeryFailureFilter>()
            .WithTags("Login").ExcludeFromDescription();
        forms.MapPost("/start", StartAsync);
        forms.MapPost("/challenge", SendChallengeAsync);
        forms.MapPost("/code", CompleteAsync);
        return app;
    }

    /// <summary>Reuses a live session or logs in as far as it goes without a code.</summary>
    private static async Task<Results<RedirectHttpResult, RazorComponentResult<LoginPageView>>> StartAsync(
        HttpContext http,
        PersonalCapitalClient client,
        CancellationToken cancellationToken)
    {
        try
        {
            var progress = await client.BeginLoginAsync(cancellationToken);
            return BackToPage(http, progress == LoginProgress.Authenticated ? LoginOutcome.NoCodeNeeded : LoginOutcome.CodeNeeded);
        }
        catch (Exception e) when (e is UpstreamException or CredentialException)
        {
            return Failed(http, "Starting the login failed", e);
        }
    }

    /// <summary>Sends the challenge by the chosen method: once per click, never retried.</summary>
    private static async Task<Results<RedirectHttpResult, RazorComponentResult<LoginPageView>>> SendChallengeAsync(
        LoginForm form,
        HttpContext http,
        PersonalCapitalClient client,
        CancellationToken cancellationToken)
    {
        if (client.Status.State == SessionState.Authenticated)
        {
            // A form left open from before the login finished: texting the owner would help nobody.
            return BackToPage(http, LoginOutcome.NoCodeNeeded);
        }
        if (!TwoFactorMethodNames.TryParse(form.Method, out var chosen))
        {
            return Page(http, StatusCodes.Status400BadRequest,
                error: "Choose how to receive the code: SMS, email, voice call or authenticator app.");
        }
        try
        {
            await client.SendChallengeAsync(chosen, cancellationToken);
        }
        catch (Exception e) when (e is UpstreamException or CredentialException)
        {
            return Failed(http, "Sending the code failed", e);
        }
        // The client may have found the session alive (or the device remembered) and sent nothing.
        return BackToPage(http, client.Status.State == SessionState.Authenticated ? LoginOutcome.NoCodeNeeded : LoginOutcome.CodeSent);
    }

    /// <summary>Finishes the login with the typed code; a wrong code leaves the login waiting for another try.</summary>
    private static async Task<Results<RedirectHttpResult, RazorComponentResult<LoginPageView>>> CompleteAsync(
        LoginForm form,
        HttpContext http,
        PersonalCapitalClient client,
        CancellationToken cancellationToken)
    {
        if (client.Status.State == SessionState.Authenticated)
        {
            return BackToPage(http, LoginOutcome.LoggedIn);
        }
        if (client.WaitingChallenge is null)
        {
            return Page(http, StatusCodes.Status400BadRequest, error: "No code was asked for yet: choose how to receive one first.");
        }
        if (LoginCode.Problem(form.Code, out var typed) is { } problem)
        {
            return Page(http, StatusCodes.Status400BadRequest, error: problem);
        }
        try
        {
            await client.CompleteLoginAsync(typed, cancellationToken);
        }
        catch (InvalidOperationException)
        {
            // Another tab started the login again between the check above and this call.
            return Page(http, StatusCodes.Status409Conflict, error: "No login is waiting for this code any more. Ask for a new code.");
        }
        catch (Exception e) when (e is UpstreamException or CredentialException)
        {
            return Failed(http, "Logging in failed", e);
        }
        return BackToPage(http, LoginOutcome.LoggedIn);
    }

    /// <summary>The failure's own sentence (written for operators, never a secret), on the page, with the next step.</summary>
    private static RazorComponentResult<LoginPageView> Failed(HttpContext http, string step, Exception failure) =>
        Page(http, LoginFailures.StatusCode(failure), error: $"{step}: {failure.Message}");
}
