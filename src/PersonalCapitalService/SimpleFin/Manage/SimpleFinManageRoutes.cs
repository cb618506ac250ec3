using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using PersonalCapitalService.Pages;
using PersonalCapitalService.LoginPage;
using PersonalCapitalService.SimpleFin.Access;

namespace PersonalCapitalService.SimpleFin.Manage;

/// <summary>
/// The owner's page for SimpleFIN access, behind the owner's Basic credentials (outside <c>/simplefin</c>, which only
/// takes access credentials): make a setup token, list and revoke credentials. The POSTs answer the page itself, so a
/// new token is shown once and never travels in a URL; antiforgery guards them, as on /login.
/// </summary>
internal static class SimpleFinManageRoutes
{
    public const string BasePath = "/manage/simplefin";

    private const string Style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;padding:1rem;line-height:1.5;color:#1b1b1b;background:#f7f7f7}
        main{max-width:46rem;margin:0 auto}
        h1{font-size:1.5rem;margin:.5rem 0 .5rem}
        h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
        button{font-size:1rem;padding:.5rem 1rem;margin:.5rem 0;border-radius:.4rem;border:1px solid #1d4ed8;background:#1d4ed8;color:#fff}
        button.secondary{background:#fff;color:#1d4ed8;margin:0}
        .notice,.error{padding:.5rem 1rem;margin:0 0 1rem;border-left:4px solid}
        .notice{background:#e8f5ec;border-color:#1a7f37}
        .error{background:#fdecea;border-color:#b42318}
        .hint{color:#555;font-size:.95rem}
        """;

    public static IEndpointRouteBuilder MapSimpleFinManagement(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup(BasePath).WithTags("SimpleFIN").ExcludeFromDescription();
        group.MapGet("", async (HttpContext http, ISimpleFinAccessStore store, CancellationToken ct) =>
            await PageAsync(http, store, StatusCodes.Status200OK, ct));
        var forms = group.MapGroup("").WithMetadata(new RequireAntiforgeryTokenAttribute());
        forms.MapPost("/tokens", CreateTokenAsync);
        forms.MapPost("/revoke", RevokeAsync);
        return app;
    }

    private static async Task<ContentHttpResult> CreateTokenAsync(
        HttpContext http,
        ISimpleFinAccessStore store,
        IOptions<SimpleFinSettings> settings,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (Refused(http) is { } refusal)
        {
            return await PageAsync(http, store, StatusCodes.Status400BadRequest, cancellationToken, error: refusal);
        }
        var expiresAt = time.GetUtcNow() + settings.Value.SetupTokenLifetime;
        var token = await store.CreateSetupTokenAsync(expiresAt, cancellationToken);
        var setupToken = SimpleFinUrls.For(http.Request, settings.Value).SetupToken(token);
        return await PageAsync(http, store, StatusCodes.Status200OK, cancellationToken, newToken: (setupToken, expiresAt));
    }

    private static async Task<ContentHttpResult> RevokeAsync(
        HttpContext http,
        ISimpleFinAccessStore store,
        CancellationToken cancellationToken)
    {
        if (Refused(http) is { } refusal)
        {
            return await PageAsync(http, store, StatusCodes.Status400BadRequest, cancellationToken, error: refusal);
        }
        // Read only after the antiforgery verdict: binding a form field would refuse a bad token with a bare 400.
        var id = (await http.Request.ReadFormAsync(cancellationToken))["id"].ToString();
        return string.IsNullOrEmpty(id) || !await store.RevokeAsync(id, cancellationToken)
            ? await PageAsync(http, store, StatusCodes.Status404NotFound, cancellationToken, error: "No active credential has that id; nothing was revoked.")
            : await PageAsync(http, store, StatusCodes.Status200OK, cancellationToken, notice: $"Revoked {id}: that app now gets 403.");
    }

    /// <summary>The antiforgery middleware only records its verdict; a form without a valid token changes nothing.</summary>
    private static string? Refused(HttpContext http) =>
        http.Features.Get<IAntiforgeryValidationFeature>() is { IsValid: true } ? null : AntiforgeryFailureFilter.Refusal;

    private static async Task<ContentHttpResult> PageAsync(
        HttpContext http,
        ISimpleFinAccessStore store,
        int statusCode,
        CancellationToken cancellationToken,
        (string Token, DateTimeOffset ExpiresAt)? newToken = null,
        string? notice = null,
        string? error = null)
    {
        var section = SimpleFinSection.Render(new SimpleFinSectionModel(
            1,
            http.Request.PathBase, http.FormToken(), await store.ListAsync(cancellationToken),
            newToken?.Token, newToken?.ExpiresAt, notice, error));
        PageHeaders.Apply(http.Response);
        var html = $"""
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>SimpleFIN access · PersonalCapitalService</title>
            <style>
            {Style}
            {SimpleFinSection.Style}
            </style>
            </head>
            <body>
            <main>
            {section}
            </main>
            </body>
            </html>

            """;
        return TypedResults.Content(html, "text/html; charset=utf-8", Encoding.UTF8, statusCode);
    }
}
