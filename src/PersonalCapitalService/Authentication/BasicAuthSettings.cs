namespace PersonalCapitalService.Authentication;

/// <summary>Who may call the service, and how hard failures are throttled (<c>BasicAuth__*</c>).</summary>
public sealed class BasicAuthSettings
{
    public const string SectionName = "BasicAuth";

    public string? Username { get; set; }

    public string? Password { get; set; }

    public string Realm { get; set; } = "PersonalCapitalService";

    /// <summary>
    /// Accept Basic credentials over plain HTTP from other machines. Off by default: the password then crosses the
    /// network readable by anyone on the path. Loopback and HTTPS (direct or via a known TLS proxy) never need it.
    /// </summary>
    public bool AllowInsecureHttp { get; set; }

    /// <summary>Wrong credentials from one address within <see cref="FailureWindow"/> before it is throttled.</summary>
    public int MaxFailures { get; set; } = 5;

    public TimeSpan FailureWindow { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>How long a throttled address gets 429; then it may try again (nobody is locked out for good).</summary>
    public TimeSpan BlockDuration { get; set; } = TimeSpan.FromMinutes(5);
}
