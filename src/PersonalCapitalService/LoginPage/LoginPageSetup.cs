using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace PersonalCapitalService.LoginPage;

/// <summary>
/// Services of the /login page: antiforgery (the browser sends Basic credentials to any page that posts here, so a
/// hostile site could otherwise make the owner's browser send SMS challenges), its in-memory key ring, and the
/// memory of the challenge sent.
/// </summary>
internal static class LoginPageSetup
{
    public const string AntiforgeryCookieName = "pcs-login-antiforgery";
    public const string AntiforgeryFieldName = "__RequestVerificationToken";

    public static IServiceCollection AddLoginPage(this IServiceCollection services)
    {
        services.AddAntiforgery(options =>
        {
            options.FormFieldName = AntiforgeryFieldName;
            options.Cookie.Name = AntiforgeryCookieName;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Keys in memory (see InMemoryKeyRepository). Saying so explicitly also keeps data protection from picking a
        // key folder of its own and warning at start-up that it is unencrypted or lost with the container.
        services.Configure<KeyManagementOptions>(options =>
        {
            options.XmlRepository = new InMemoryKeyRepository();
            options.XmlEncryptor = new NullXmlEncryptor();
        });
        return services;
    }

    /// <summary>The antiforgery tokens for the forms of a page about to be rendered (also sets the cookie).</summary>
    public static string FormToken(this HttpContext context) =>
        context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context).RequestToken
            ?? throw new InvalidOperationException("Antiforgery produced no request token.");
}
