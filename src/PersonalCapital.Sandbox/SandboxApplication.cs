using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PersonalCapital.Sandbox.Control;
using PersonalCapital.Sandbox.Data;
using PersonalCapital.Sandbox.Faults;
using PersonalCapital.Sandbox.Login;
using PersonalCapital.Sandbox.Protocol;
using PersonalCapital.Sandbox.Sessions;

namespace PersonalCapital.Sandbox;

/// <summary>Wires the sandbox into a web application; shared by the standalone program and <see cref="SandboxServer"/>.</summary>
public static class SandboxApplication
{
    /// <summary>Registers the sandbox. Options come from <paramref name="options"/>, else from the <c>Sandbox</c> section.</summary>
    public static IServiceCollection AddSandbox(this IServiceCollection services, SandboxOptions? options = null)
    {
        if (options is null)
        {
            services.AddOptions<SandboxOptions>().BindConfiguration(SandboxOptions.SectionName);
        }
        else
        {
            services.AddSingleton(Options.Create(options));
        }
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<SessionRegistry>();
        services.AddSingleton<DemoUser>();
        services.AddSingleton<ChallengeCodes>();
        services.AddSingleton<CallStats>();
        services.AddSingleton<Envelope>();
        services.AddSingleton<ChallengeLimiter>();
        services.AddSingleton<SecondFactor>();
        services.AddSingleton<DeviceCookie>();
        services.AddSingleton<SessionAuthentication>();
        services.AddSingleton<IdTokens>();
        services.AddSingleton<LegacyLogin>();
        services.AddSingleton<MultiauthLogin>();
        services.AddSingleton<FaultInjector>();
        services.AddSingleton<ApiDispatcher>();
        services.AddSingleton(sp =>
        {
            var o = sp.GetRequiredService<IOptions<SandboxOptions>>().Value;
            var today = DateOnly.FromDateTime(sp.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
            var dataOptions = new DemoDataOptions(o.Seed, o.Years, o.Volume, today);
            return new DataApi(DemoDataset.GetOrGenerate(dataOptions), o.PageTransactions, o.Site);
        });
        return services;
    }

    /// <summary>Maps the upstream's routes and the sandbox's control routes.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The demo data options (Years, Volume) are out of range.</exception>
    public static WebApplication MapSandbox(this WebApplication app)
    {
        // The demo data is built here, before the app starts, so a bad Years or Volume stops start-up with its reason
        // instead of turning every data call into a 500.
        app.Services.GetRequiredService<DataApi>();
        app.UseDuplicateSlashTolerance();
        app.Use((http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/sandbox"))
            {
                var stats = http.RequestServices.GetRequiredService<CallStats>();
                stats.Count(http.Request.Path.Value ?? "/");
                stats.CountEncoding(http.Request.ContentType);
            }
            return next(http);
        });
        app.UseRouting();
        app.MapHomePage();
        ApiDispatcher.Map(app);
        app.MapControl();
        return app;
    }
}
