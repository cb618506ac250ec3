namespace PersonalCapitalService.Metrics;

/// <summary>The Prometheus scrape endpoint (<c>Metrics__*</c>).</summary>
public sealed class MetricsSettings
{
    public const string SectionName = "Metrics";

    /// <summary>
    /// Serve <c>/metrics</c> without Basic credentials (and over plain HTTP), for a Prometheus on a trusted network.
    /// Off by default: the metrics tell when the session needs a code and how many calls fail.
    /// </summary>
    public bool Anonymous { get; set; }
}
