namespace PersonalCapitalService.Notifications;

internal static class NotificationSetup
{
    /// <summary>Notifications to the owner (<c>Notify__*</c>): the settings, the HTTP client and the monitor.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services)
    {
        services.AddOptions<NotifySettings>()
            .BindConfiguration(NotifySettings.SectionName)
            .Validate(s => s.Urls.All(u => NotificationTarget.Parse(u) is not null),
                "Notify:Urls: every entry must be an http(s) URL, optionally prefixed ntfy+, gotify+, discord+, slack+, homeassistant+ or json+.")
            .Validate(s => s.SyncFailureAfter > TimeSpan.Zero, "Notify:SyncFailureAfter must be positive.")
            .Validate(s => s.CheckInterval >= TimeSpan.FromSeconds(1), "Notify:CheckInterval must be at least 00:00:01.")
            .Validate(s => s.PublicUrl is null || s.PublicUrl.IsAbsoluteUri, "Notify:PublicUrl must be an absolute URL.")
            .ValidateOnStart();
        services.AddHttpClient(NotificationMonitor.HttpClientName, http => http.Timeout = TimeSpan.FromSeconds(10));
        services.AddSingleton<NotificationMonitor>();
        services.AddHostedService(sp => sp.GetRequiredService<NotificationMonitor>());
        return services;
    }
}
