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

    private static async Task<RazorComponentResult<SimpleFinManagePage>> CreateTokenAsync(
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

    private static async Task<RazorComponentResult<SimpleFinManagePage>> RevokeAsync(
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

    private static async Task<RazorComponentResult<SimpleFinManagePage>> PageAsync(
        HttpContext http,
        ISimpleFinAccessStore store,
        int statusCode,
        CancellationToken cancellationToken,
        (string Token, DateTimeOffset ExpiresAt)? newToken = null,
        string? notice = null,
        string? error = null)
    {
        // The model first: making its antiforgery token marks the response uncacheable, and antiforgery warns if it
        // finds caching headers already set.
        var section = SimpleFinSection.Render(new SimpleFinSectionModel(
            null,
            http.Request.PathBase,
            http.FormToken(),
            await store.ListAsync(cancellationToken),
            newToken?.Token,
            newToken?.ExpiresAt,
            notice,
            error));
        PageHeaders.Apply(http.Response);
        return new RazorComponentResult<SimpleFinManagePage>(new { PathBase = http.Request.PathBase.Value ?? "", Section = section }) { StatusCode = statusCode };
    }
}
