namespace PersonalCapitalService.Pages;

internal static class PagesSetup
{
    /// <summary>The HTML pages are Razor components rendered on the server (static rendering, no script, no circuit).</summary>
    public static IServiceCollection AddPages(this IServiceCollection services)
    {
        services.AddRazorComponents();
        return services;
    }
}
