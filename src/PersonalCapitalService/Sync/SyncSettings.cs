namespace PersonalCapitalService.Sync;

/// <summary>The <c>Sync</c> section.</summary>
public sealed class SyncSettings
{
    public const string SectionName = "Sync";

    /// <summary>How often the background sync runs.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Days back from today that every sync fetches again (pending rows settle, rows get edited or deleted).</summary>
    public int Window { get; set; } = 60;

    /// <summary>The first sync stops going back after this many years, whatever the upstream says.</summary>
    public int MaxYears { get; set; } = 30;
}
