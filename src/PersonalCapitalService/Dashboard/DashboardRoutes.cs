using Microsoft.AspNetCore.Http.HttpResults;

namespace PersonalCapitalService.Dashboard;

internal static class DashboardRoutes
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddScoped<DashboardQuery>();
        return services;
    }

    /// <summary><c>/dashboard</c>: net worth, accounts, latest transactions, session and sync state, CSV downloads.</summary>
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder app)
    {
        app.MapGet("/dashboard", async (HttpContext http, DashboardQuery query, CancellationToken ct) =>
                new RazorComponentResult<DashboardPage>(new { Model = await query.ReadAsync(http.Request.PathBase.Value ?? "", ct) }))
            .WithTags("Pages")
            .ExcludeFromDescription();
        return app;
    }
}
