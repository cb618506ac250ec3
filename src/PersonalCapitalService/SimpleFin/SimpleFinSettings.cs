namespace PersonalCapitalService.SimpleFin;

/// <summary>The SimpleFIN-compatible endpoint (<c>SimpleFin__*</c>).</summary>
public sealed class SimpleFinSettings
{
    public const string SectionName = "SimpleFin";

    /// <summary>
    /// The address SimpleFIN consumers reach this service at, e.g. <c>https://bridge.example.net</c> (a path is kept:
    /// <c>https://example.net/pcs</c>). Setup tokens and access URLs start with it. The <c>simplefin-token</c> verb
    /// requires it; the management page falls back to the address of its own request.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Where access credentials (hashed) and open setup tokens live; default: <c>simplefin-access.json</c> beside the session file.</summary>
    public string? AccessFile { get; set; }

    /// <summary>How long a setup token may wait for its one claim.</summary>
    public TimeSpan SetupTokenLifetime { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// The window of <c>/simplefin/accounts</c> when the consumer gives no <c>start-date</c>: this many days before
    /// <c>end-date</c> (or now).
    /// </summary>
    public int DefaultDays { get; set; } = 30;
}
