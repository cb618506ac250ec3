using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PersonalCapital.Client.Diagnostics;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Resilience;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client;

public static class PersonalCapitalServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="PersonalCapitalClient"/> with its options bound from the <c>PersonalCapital</c> section
    /// (then <paramref name="configure"/>), one cookie jar, and one named HTTP client from the factory.
    /// </summary>
    public static IServiceCollection AddPersonalCapitalClient(
        this IServiceCollection services,
        Action<PersonalCapitalOptions>? configure = null)
    {
        var options = services.AddOptions<PersonalCapitalOptions>().BindConfiguration(PersonalCapitalOptions.SectionName);
        if (configure is not null)
        {
            options.Configure(configure);
        }
        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<PersonalCapitalOptions>, PersonalCapitalOptionsValidator>());

        services.TryAddSingleton(TimeProvider.System);
        services.AddMetrics();
        services.AddSingleton<ClientMetrics>();
        services.AddSingleton<SessionCookies>();
        services.AddHttpClient(UpstreamTransport.HttpClientName, (sp, http) =>
            {
                var o = sp.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value;
                http.BaseAddress = new Uri(o.BaseUrl.AbsoluteUri.TrimEnd('/') + "/");
                http.Timeout = o.RequestTimeout;
                var origin = o.FrontendOrigin.GetLeftPart(UriPartial.Authority);
                http.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", o.UserAgent);
                http.DefaultRequestHeaders.TryAddWithoutValidation("Accept", "application/json, text/javascript, */*; q=0.01");
                http.DefaultRequestHeaders.TryAddWithoutValidation("Origin", origin);
                http.DefaultRequestHeaders.TryAddWithoutValidation("Referer", origin + "/");
            })
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                // The one jar survives handler rotation: the session lives in it.
                CookieContainer = sp.GetRequiredService<SessionCookies>().Container,
                UseCookies = true,
                AllowAutoRedirect = true,
                AutomaticDecompression = DecompressionMethods.All,
            });
        services.TryAddSingleton<ISessionStore>(sp =>
        {
            var o = sp.GetRequiredService<IOptions<PersonalCapitalOptions>>().Value;
            return new SessionFileStore(o.SessionFile, o.EncryptionKey, sp.GetRequiredService<TimeProvider>(),
                sp.GetRequiredService<ILogger<SessionFileStore>>());
        });
        services.AddSingleton<UpstreamTransport>();
        services.AddSingleton<LoginFlow>();
        services.AddSingleton<SessionManager>();
        services.AddSingleton<DataCallPipeline>();
        services.AddSingleton<DataCallRecord>();
        services.AddSingleton(sp => new PersonalCapitalClient(
            sp.GetRequiredService<UpstreamTransport>(),
            sp.GetRequiredService<SessionManager>(),
            sp.GetRequiredService<DataCallPipeline>(),
            sp.GetRequiredService<DataCallRecord>(),
            sp.GetRequiredService<IOptions<PersonalCapitalOptions>>()));
        return services;
    }
}
