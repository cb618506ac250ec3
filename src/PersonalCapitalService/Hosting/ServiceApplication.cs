using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;
using PersonalCapitalService.Legacy;
using PersonalCapitalService.Authentication;
using PersonalCapitalService.Health;
using PersonalCapitalService.Storage;
using PersonalCapitalService.Sync;
using PersonalCapitalService.KeepAlive;
using PersonalCapitalService.Logging;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.LoginPage;
using PersonalCapitalService.Notifications;
using PersonalCapitalService.Problems;
using PersonalCapitalService.Sandbox;

namespace PersonalCapitalService.Hosting;

/// <summary>The web application, one line per concern; used by Program and, with <c>configure</c>, by the tests.</summary>
internal static class ServiceApplication
{
    public static WebApplication Build(string[] args, SandboxMode? sandbox = null, Action<WebApplicationBuilder>? configure = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.AddServiceLogging();
        sandbox?.Configure(builder.Configuration);
        configure?.Invoke(builder);
        builder.Configuration.AddSecretFiles();

        builder.AddTrustedProxies();
        builder.AddBasicAuthentication();
        builder.Services.AddProblemResponses();
        builder.Services.AddPersonalCapitalClient();
        builder.AddOwnerStore();
        builder.AddOwnerSync();
        builder.Services.AddOwnerData();
        builder.AddSessionKeepAlive();
        builder.Services.AddHealthRoutes();
        builder.Services.AddLegacyRoutes();
        builder.Services.AddLoginPage();
        builder.Services.AddNotifications();
        builder.Services.AddSingleton<StartupLogin>();

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseProblemResponses();
        app.UseRequestLogging();
        app.UseRouting();
        app.UseBasicAuthentication();
        app.UseAntiforgery();

        app.MapHealthRoutes();
        app.MapLegacyRoutes();
        app.MapSyncRoutes();
        app.MapLoginPage();
        return app;
    }
}
