namespace PersonalCapitalService.Health;

/// <summary>When readiness turns red (<c>Health__*</c>).</summary>
public sealed class HealthSettings
{
    public const string SectionName = "Health";

    /// <summary>Upstream calls failed in a row (after retries) before /health/ready says 503.</summary>
    public int FailureThreshold { get; set; } = 3;
}
