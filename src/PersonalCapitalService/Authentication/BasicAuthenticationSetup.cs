using System.Security.Claims;
using idunno.Authentication.Basic;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using PersonalCapitalService.Logging;

namespace PersonalCapitalService.Authentication;

/// <summary>
/// HTTP Basic authentication on every route but <c>/health/live</c> (and the prefixes of <see cref="PathSchemes"/>): credentials from <c>BasicAuth__*</c> (or their
/// <c>_FILE</c> forms), compared in constant time; a real 401 with <c>WWW-Authenticate: Basic realm=…</c> so browsers
/// and Excel prompt; plain HTTP only from loopback unless allowed; repeated failures throttled per address.
/// </summary>
internal static class BasicAuthenticationSetup
{
    public static WebApplicationBuilder AddBasicAuthentication(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BasicAuthSettings>()
            .BindConfiguration(BasicAuthSettings.SectionName)
            .Validate(s => !string.IsNullOrEmpty(s.Username) && !string.IsNullOrEmpty(s.Password),
                "Set BasicAuth__Username and BasicAuth__Password (or BasicAuth__Username_FILE and BasicAuth__Password_FILE): " +
                "they are the credentials callers of this service must send.")
            .Validate(s => s.Realm.All(char.IsAscii), "BasicAuth__Realm must be ASCII text.")
            .Validate(s => s.MaxFailures is >= 1 and <= 1000, "BasicAuth__MaxFailures must be between 1 and 1000.")
            .Validate(s => s.FailureWindow >= TimeSpan.FromSeconds(1) && s.FailureWindow <= TimeSpan.FromDays(1),
                "BasicAuth__FailureWindow must be between 00:00:01 and 1.00:00:00 (e.g. 00:10:00).")
            .Validate(s => s.BlockDuration >= TimeSpan.FromSeconds(1) && s.BlockDuration <= TimeSpan.FromDays(1),
                "BasicAuth__BlockDuration must be between 00:00:01 and 1.00:00:00 (e.g. 00:05:00).")
            .ValidateOnStart();
        builder.Services.AddSingleton<FailedLoginThrottle>();

        builder.Services.AddOptions<PathSchemes>();
        builder.Services.AddAuthentication(PathSchemes.SelectorScheme)
            .AddPolicyScheme(PathSchemes.SelectorScheme, null, options => options.ForwardDefaultSelector = context =>
                context.RequestServices.GetRequiredService<IOptions<PathSchemes>>().Value.SchemeFor(context.Request.Path)
                    ?? BasicAuthenticationDefaults.AuthenticationScheme)
            .AddBasic(options =>
            {
                // PlainHttpGuard decides about plain HTTP (loopback, TLS proxies, the explicit opt-in) before this runs.
                options.AllowInsecureProtocol = true;
                options.Events = new BasicAuthenticationEvents { OnValidateCredentials = ValidateAsync };
            });
        builder.Services.AddOptions<BasicAuthenticationOptions>(BasicAuthenticationDefaults.AuthenticationScheme)
            .Configure<IOptions<BasicAuthSettings>>((options, settings) => options.Realm = settings.Value.Realm);
        builder.Services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        return builder;
    }

    /// <summary>Guards first (they answer without looking at credentials), then authentication and authorization.</summary>
    public static WebApplication UseBasicAuthentication(this WebApplication app)
    {
        app.UseMiddleware<PlainHttpGuard>();
        app.UseMiddleware<ThrottleGuard>();
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }

    private static Task ValidateAsync(ValidateCredentialsContext context)
    {
        var services = context.HttpContext.RequestServices;
        var settings = services.GetRequiredService<IOptions<BasicAuthSettings>>().Value;
        var throttle = services.GetRequiredService<FailedLoginThrottle>();
        var client = context.HttpContext.Connection.RemoteIpAddress;
        if (CredentialCheck.Matches(context.Username, context.Password, settings.Username!, settings.Password!))
        {
            context.Principal = new ClaimsPrincipal(new ClaimsIdentity(
                [new Claim(ClaimTypes.Name, context.Username, ClaimValueTypes.String, context.Options.ClaimsIssuer)],
                context.Scheme.Name));
            context.Success();
        }
        else
        {
            throttle.RecordFailure(client);
            context.HttpContext.MarkToldInLog();
            context.Fail("Wrong Basic credentials.");
        }
        return Task.CompletedTask;
    }
}
