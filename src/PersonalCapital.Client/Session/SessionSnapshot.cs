using System.Net;

namespace PersonalCapital.Client.Session;

/// <summary>Everything needed to resume an upstream session after a restart.</summary>
/// <param name="BaseUrl">The upstream the session belongs to, kept normalized (see <see cref="NormalizeBaseUrl(string)"/>).</param>
/// <param name="Csrf">The latest CSRF token the upstream handed out.</param>
public sealed record SessionSnapshot(string BaseUrl, string? Csrf, IReadOnlyList<StoredCookie> Cookies, DateTimeOffset SavedAt)
{
    private readonly string baseUrl = NormalizeBaseUrl(BaseUrl);

    public string BaseUrl
    {
        get => baseUrl;
        init => baseUrl = NormalizeBaseUrl(value);
    }

    public IReadOnlyList<StoredCookie> Cookies { get; init; } = Cookies ?? throw new ArgumentNullException(nameof(Cookies));

    /// <summary>A sign-in waiting for its second factor, when one is.</summary>
    public PendingSignIn? Pending { get; init; }

    /// <summary>Waits the upstream imposed (code requests exhausted, cool-downs); <see cref="UpstreamHolds.None"/> when none.</summary>
    public UpstreamHolds Holds { get; init; } = UpstreamHolds.None;

    /// <summary>Data calls post multipart/form-data, as the new site's web app does (§12); the session came from its sign-in.</summary>
    public bool Multipart { get; init; }

    /// <summary>Takes a snapshot of a live cookie jar; expired cookies are left out.</summary>
    public static SessionSnapshot Capture(Uri baseUrl, string? csrf, CookieContainer cookies, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return new SessionSnapshot(NormalizeBaseUrl(baseUrl), csrf, CookieJar.Capture(cookies, now), now);
    }

    /// <summary>
    /// Whether this session was made against <paramref name="baseUrl"/>; a session of another upstream
    /// (say the sandbox, after switching to the real host) must not be replayed.
    /// </summary>
    public bool IsFor(Uri baseUrl) => string.Equals(BaseUrl, NormalizeBaseUrl(baseUrl), StringComparison.Ordinal);

    /// <summary>Scheme, host, non-default port and path, lower-case host, no trailing slash, query or fragment.</summary>
    public static string NormalizeBaseUrl(Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return baseUrl.IsAbsoluteUri
            ? baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')
            : baseUrl.OriginalString.Trim().TrimEnd('/');
    }

    /// <inheritdoc cref="NormalizeBaseUrl(Uri)"/>
    public static string NormalizeBaseUrl(string baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        return Uri.TryCreate(baseUrl.Trim(), UriKind.Absolute, out var uri)
            ? NormalizeBaseUrl(uri)
            : baseUrl.Trim().TrimEnd('/');
    }

    // The CSRF token and the cookie values are credentials; the generated record ToString would print them.
    public override string ToString() =>
        $"SessionSnapshot {{ BaseUrl = {BaseUrl}, Csrf = {(Csrf is null ? "(none)" : "***")}, Cookies = {Cookies.Count}, SavedAt = {SavedAt:O}, Pending = {Pending}, Holds = {Holds}, Multipart = {Multipart} }}";
}
