namespace PersonalCapitalService.KeepAlive;

/// <summary>The keep-alive job's period (<c>Refresh__Interval</c>).</summary>
public sealed class RefreshSettings
{
    public const string SectionName = "Refresh";

    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(10);
}
