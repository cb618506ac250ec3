using PersonalCapital.Client;
using PersonalCapital.Client.Configuration;
using PersonalCapitalService.ApiDescription;
using PersonalCapitalService.Authentication;
using PersonalCapitalService.Dashboard;
using PersonalCapitalService.Health;
using PersonalCapitalService.Http;
using PersonalCapitalService.KeepAlive;
using PersonalCapitalService.Legacy;
using PersonalCapitalService.Logging;
using PersonalCapitalService.Mcp;
using PersonalCapitalService.Metrics;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Pages;
using PersonalCapitalService.LoginPage;
using PersonalCapitalService.Notifications;
using PersonalCapitalService.Problems;
using PersonalCapitalService.Sandbox;
using PersonalCapitalService.SimpleFin;
using PersonalCapitalService.SimpleFin.Manage;
using PersonalCapitalService.Storage;
using PersonalCapitalService.Sync;
using PersonalCapitalService.V1;

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
        builder.Services.AddV1Api();
        builder.Services.AddApiDescription();
        builder.Services.AddHttpNiceties();
        builder.Services.AddPages();
        builder.Services.AddDashboard();
        builder.Services.AddNotifications();
        builder.Services.AddSimpleFin();
        builder.Services.AddServiceMetrics();
        builder.Services.AddMcpEndpoint();
        builder.Services.AddSingleton<StartupLogin>();

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseProblemResponses();
        app.UseRequestLogging();
        app.UseHttpNiceties();
        app.UseRouting();
        app.UseBasicAuthentication();
        app.UseAntiforgery();

        app.MapHealthRoutes();
        app.MapLegacyRoutes();
        app.MapSyncRoutes();
        app.MapLoginPage();
        app.MapV1Api();
        app.MapApiDescription();
        app.MapDashboard();
        app.MapSimpleFin();
        app.MapSimpleFinManagement();
        app.MapMetrics();
        app.MapMcpEndpoint();
        return app;
    }
}
