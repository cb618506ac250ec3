using Microsoft.Extensions.DependencyInjection.Extensions;
using PersonalCapitalService.Legacy.Accounts;
using PersonalCapitalService.Legacy.Holdings;
using PersonalCapitalService.Legacy.Transactions;

namespace PersonalCapitalService.Legacy;

/// <summary>The 31 routes of the original service (legacy-routes.md): the compatibility promise.</summary>
internal static class LegacyRoutes
{
    public static IServiceCollection AddLegacyRoutes(this IServiceCollection services)
    {
        services.AddTransactionRoutes();
        services.TryAddSingleton<LegacyBodies>();
        services.AddSingleton<LegacyDocuments>();
        services.AddSingleton<LegacyRenderers>();
        services.AddSingleton<LegacyTransactionSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapLegacyRoutes(this IEndpointRouteBuilder app)
    {
        app.MapAccountRoutes();
        app.MapTransactionRoutes();
        app.MapHoldingRoutes();
        return app;
    }
}
