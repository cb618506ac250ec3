using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapitalService.Authentication;
using PersonalCapitalService.SimpleFin.Access;

namespace PersonalCapitalService.SimpleFin;

internal static class SimpleFinSetup
{
    public const string AccessFileName = "simplefin-access.json";

    /// <summary>Settings, the access store, and the access-credential scheme for everything under <c>/simplefin</c>.</summary>
    public static IServiceCollection AddSimpleFin(this IServiceCollection services)
    {
        services.AddSimpleFinAccess();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, SimpleFinAuthentication>(SimpleFinAuthentication.SchemeName, null);
        services.AddAuthenticationForPath(SimpleFinUrls.RootPath, SimpleFinAuthentication.SchemeName);
        return services;
    }

    /// <summary>What the verbs need too: the settings and the file of access credentials.</summary>
    public static IServiceCollection AddSimpleFinAccess(this IServiceCollection services)
    {
        services.AddOptions<SimpleFinSettings>()
            .BindConfiguration(SimpleFinSettings.SectionName)
            .Validate(s => s.PublicUrl is null || s.PublicUrl.IsAbsoluteUri && s.PublicUrl.Scheme is "https" or "http"
                    && string.IsNullOrEmpty(s.PublicUrl.UserInfo) && string.IsNullOrEmpty(s.PublicUrl.Query),
                "SimpleFin__PublicUrl must be an absolute http(s) address without credentials or query, e.g. https://bridge.example.net.")
            .Validate(s => s.SetupTokenLifetime > TimeSpan.Zero, "SimpleFin__SetupTokenLifetime must be positive.")
            .Validate(s => s.DefaultDays > 0, "SimpleFin__DefaultDays must be positive.")
            .ValidateOnStart();
        services.AddSingleton<ISimpleFinAccessStore>(sp => new FileSimpleFinAccessStore(
            AccessFilePath(sp.GetRequiredService<IOptions<SimpleFinSettings>>().Value, sp.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILogger<FileSimpleFinAccessStore>>()));
        return services;
    }

    /// <summary><c>SimpleFin__AccessFile</c>, else beside the session file (the state folder, a volume in Docker).</summary>
    public static string AccessFilePath(SimpleFinSettings settings, PersonalCapitalOptions upstream) =>
        Path.GetFullPath(settings.AccessFile
            ?? Path.Combine(Path.GetDirectoryName(Path.GetFullPath(upstream.SessionFile)) ?? ".", AccessFileName));
}
