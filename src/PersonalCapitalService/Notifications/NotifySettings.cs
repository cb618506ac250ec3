namespace PersonalCapitalService.Notifications;

/// <summary>Where and when to tell the owner that a human is needed (<c>Notify__*</c>).</summary>
public sealed class NotifySettings
{
    public const string SectionName = "Notify";

    /// <summary>
    /// Targets (<c>Notify__Urls__0..n</c>): ntfy, Gotify, Discord, Slack, Home Assistant webhook or generic JSON webhook
    /// URLs; see <see cref="NotificationTarget.Parse"/>. None: nothing is sent.
    /// </summary>
    public List<string> Urls { get; set; } = [];

    /// <summary>How long the store's sync may fail before the owner hears of it.</summary>
    public TimeSpan SyncFailureAfter { get; set; } = TimeSpan.FromHours(6);

    /// <summary>How often the session and sync states are looked at.</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The address the owner reaches the service at (e.g. <c>https://pcs.example</c>), for the link to /login.</summary>
    public Uri? PublicUrl { get; set; }
}
