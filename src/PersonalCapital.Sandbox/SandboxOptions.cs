using PersonalCapital.Sandbox.Data;

namespace PersonalCapital.Sandbox;

/// <summary>Settings of the sandbox, bound from the <c>Sandbox</c> configuration section (<c>Sandbox__*</c>).</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>The one demo login.</summary>
    public string Username { get; set; } = "demo@example.com";

    public string Password { get; set; } = "demo-password";

    /// <summary>When set, every challenge expects this code; otherwise a random 6-digit code is issued and printed.</summary>
    public string? TwoFactorCode { get; set; }

    /// <summary>Demo data generator seed.</summary>
    public int Seed { get; set; } = DemoDataOptions.DefaultSeed;

    /// <summary>Years of generated history, ending today.</summary>
    public int Years { get; set; } = DemoDataOptions.DefaultYears;

    /// <summary>Multiplier of transaction density (performance work: Years=10 with Volume=8 gives over 50,000 rows).</summary>
    public int Volume { get; set; } = DemoDataOptions.DefaultVolume;

    /// <summary>Idle time after which a session is no longer authenticated.</summary>
    public TimeSpan SessionTtl { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Answer <c>MFA_REQUIRED</c> even for a remembered device (the account setting "every sign-in").</summary>
    public bool MfaEverySignIn { get; set; }

    /// <summary>Which login flows the demo account accepts; the other answers like a migrated (or not yet migrated) account.</summary>
    public LoginFlow LoginFlow { get; set; } = LoginFlow.Both;

    /// <summary>Honour <c>page</c>/<c>rows_per_page</c> of getUserTransactions instead of returning every row.</summary>
    public bool PageTransactions { get; set; }

    /// <summary>Wrong passwords in a row that lock the demo user.</summary>
    public int LockoutThreshold { get; set; } = 5;

    public TimeSpan LockoutDuration { get; set; } = TimeSpan.FromMinutes(15);

    public FaultOptions Faults { get; set; } = new();
}

/// <summary>Which login flows the demo account accepts.</summary>
public enum LoginFlow
{
    Both,
    Legacy,
    Multiauth,
}

/// <summary>
/// Fault injection on data calls (<c>Sandbox__Faults__*</c>). Each rate is the probability 0..1 that one data call
/// gets that fault instead of its answer; draws come from a generator seeded with <see cref="Seed"/>.
/// Login calls are never faulted, so a login that needs a human is never spoiled by a fault.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>HTTP 200 with a "Session not authenticated." header and no <c>spData</c>, while the session is in fact alive.</summary>
    public double MissingSpData { get; set; }

    /// <summary>HTTP 200 with an HTML page instead of JSON.</summary>
    public double Html { get; set; }

    /// <summary>HTTP 403 with <c>cf-mitigated: challenge</c> (Cloudflare bot check).</summary>
    public double Cloudflare { get; set; }

    /// <summary>HTTP 429 with <c>Retry-After</c>.</summary>
    public double TooManyRequests { get; set; }

    /// <summary>HTTP 500/502/503.</summary>
    public double ServerError { get; set; }

    public int Seed { get; set; } = 1;

    /// <summary>Fixed delay added to every upstream call (login included).</summary>
    public TimeSpan Latency { get; set; } = TimeSpan.Zero;

    /// <summary>Seconds sent in <c>Retry-After</c> with a 429.</summary>
    public int RetryAfterSeconds { get; set; } = 1;

    internal bool Any => MissingSpData + Html + Cloudflare + TooManyRequests + ServerError > 0;
}
