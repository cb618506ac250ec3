using System.Text;
using Microsoft.AspNetCore.Http.HttpResults;
using PersonalCapitalService.Http;

namespace PersonalCapitalService.LoginPage;

/// <summary>The two answers of the page's endpoints: the page itself, or a redirect back to it after a form.</summary>
internal static class LoginPageResponses
{
    public static ContentHttpResult Page(HttpContext http, int statusCode, LoginOutcome? outcome = null, string? error = null)
    {
        // Rendered first: antiforgery marks the response uncacheable itself, and warns if it finds caching headers set.
        var html = LoginPageHtml.Render(LoginPageModel.Capture(http, outcome, error));
        OwnerPageHeaders.Apply(http.Response);
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }

    /// <summary>Post/Redirect/Get: a reload of the page never repeats a form (and never texts the owner twice).</summary>
    public static RedirectHttpResult BackToPage(HttpContext http, LoginOutcome outcome) =>
        TypedResults.Redirect($"{http.Request.PathBase}/login?done={outcome.QueryValue()}");
}
