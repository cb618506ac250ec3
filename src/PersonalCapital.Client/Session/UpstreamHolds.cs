namespace PersonalCapital.Client.Session;

/// <summary>
/// Waits the upstream imposed, kept with the session so that a restart cannot cut them short.
/// </summary>
/// <param name="CodeRequestsExhaustedUntil">
/// After an <c>AUAC_12</c> answer (§3.7, §12): no challenge is sent before this time, whoever asks.
/// </param>
/// <param name="CoolDownUntil">After a Cloudflare challenge or another block: no automatic call before this time.</param>
/// <param name="CloudflareStrikes">Cloudflare challenges since the last good answer; each doubles the next cool-down.</param>
public sealed record UpstreamHolds(DateTimeOffset? CodeRequestsExhaustedUntil, DateTimeOffset? CoolDownUntil, int CloudflareStrikes)
{
    public static UpstreamHolds None { get; } = new(null, null, 0);

    public bool IsEmpty => CodeRequestsExhaustedUntil is null && CoolDownUntil is null && CloudflareStrikes == 0;
}
