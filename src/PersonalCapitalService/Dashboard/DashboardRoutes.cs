using Microsoft.AspNetCore.Http.HttpResults;
using PersonalCapitalService.Pages;

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
            {
                var model = await query.ReadAsync(http.Request.PathBase.Value ?? "", ct);
                PageHeaders.Apply(http.Response);
                return new RazorComponentResult<DashboardPage>(new { Model = model });
            })
            .WithTags("Pages")
            .ExcludeFromDescription();
        return app;
    }
}
