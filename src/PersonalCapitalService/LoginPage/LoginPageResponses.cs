using Microsoft.AspNetCore.Http.HttpResults;
using PersonalCapitalService.Pages;

namespace PersonalCapitalService.LoginPage;

/// <summary>The two answers of the page's endpoints: the page itself, or a redirect back to it after a form.</summary>
internal static class LoginPageResponses
{
    public static RazorComponentResult<LoginPageView> Page(HttpContext http, int statusCode, LoginOutcome? outcome = null, string? error = null)
    {
        // The model first: making its antiforgery token marks the response uncacheable, and antiforgery warns if it
        // finds caching headers already set.
        var model = LoginPageModel.Capture(http, outcome, error);
        PageHeaders.Apply(http.Response);
        return new RazorComponentResult<LoginPageView>(new { Model = model }) { StatusCode = statusCode };
    }

    /// <summary>Post/Redirect/Get: a reload of the page never repeats a form (and never texts the owner twice).</summary>
    public static RedirectHttpResult BackToPage(HttpContext http, LoginOutcome outcome) =>
        TypedResults.Redirect($"{http.Request.PathBase}/login?done={outcome.QueryValue()}");
}
