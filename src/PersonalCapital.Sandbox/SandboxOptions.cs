using PersonalCapital.Sandbox.Data;

namespace PersonalCapital.Sandbox;

/// <summary>Settings of the sandbox, bound from the <c>Sandbox</c> configuration section (<c>Sandbox__*</c>).</summary>
public sealed class SandboxOptions
{
    public const string SectionName = "Sandbox";

    /// <summary>The one demo login.</summary>
    public string Username { get; set; } = "demo@example.com";

    public string Password { get; set; } = "demo-password";

    /// <summary>When set, every challenge expects this code; otherwise a random code of <see cref="CodeDigits"/> digits is issued and printed.</summary>
    public string? TwoFactorCode { get; set; }

    /// <summary>
    /// Digits of a random code. 4 by default: today's SMS codes are 4 digits (§12, haochi #27 shows <c>code: 1034</c>);
    /// §3.3 warns they are not always 6.
    /// </summary>
    public int CodeDigits { get; set; } = 4;

    /// <summary>
    /// Challenges (of any channel) the demo user may ask for within <see cref="ChallengeWindow"/>; the next one answers
    /// HTTP 400 with <c>AUAC_12</c> "Max number of activation challenges" (§3.7, §12, pcartwright81 Dec 2025). 0: no cap.
    /// </summary>
    public int ChallengeLimit { get; set; } = 5;

    /// <summary>The rolling window of <see cref="ChallengeLimit"/>; the owner waits until the oldest challenge leaves it (§12: 15–30 min).</summary>
    public TimeSpan ChallengeWindow { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Whether an e-mail challenge delivers a code. False by default: <c>challengeEmail</c> answers success but sends
    /// nothing for many accounts (§2.1, §12, personalcapital2 2026-05), so no code is announced and none is accepted.
    /// </summary>
    public bool EmailDelivers { get; set; }

    /// <summary>
    /// The payload shape of the data endpoints: <c>Empower</c> (the new site, default) or <c>Classic</c>
    /// (the Personal Dashboard host), see <see cref="SandboxSite"/>.
    /// </summary>
    public SandboxSite Site { get; set; } = SandboxSite.Empower;

    /// <summary>How identifyUser answers an account that signs in through multiauth only (<see cref="LoginFlow"/> = Multiauth).</summary>
    public MigratedAnswer MigratedAnswer { get; set; } = MigratedAnswer.None;

    /// <summary>What identifyUser does on a session that is already authenticated (§12).</summary>
    public LiveSessionIdentify LiveSessionIdentify { get; set; } = LiveSessionIdentify.Restart;

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

/// <summary>Payload shapes of the two sites (§12, "New-site payloads").</summary>
public enum SandboxSite
{
    /// <summary>getAccounts2 accounts carry <c>name</c>, no <c>accountName</c> and no <c>isActive</c> (active: <c>closedDate</c> is "").</summary>
    Empower,

    /// <summary>getAccounts2 accounts carry <c>accountName</c> and <c>isActive</c>, no <c>name</c>.</summary>
    Classic,
}

/// <summary>identifyUser's answer to a migrated account (§4.3, §12).</summary>
public enum MigratedAnswer
{
    /// <summary><c>success:true, authLevel:NONE</c>, no error code: what clients of migrated accounts saw (§12).</summary>
    None,

    /// <summary>Error 920 "User has migrated to the new site.": one doubtful source only (§4.3, [LOW]).</summary>
    Error920,
}

/// <summary>identifyUser on a live, authenticated session.</summary>
public enum LiveSessionIdentify
{
    /// <summary>
    /// Starts a new sign-in: <c>USER_REMEMBERED</c> with the device cookie, else <c>USER_IDENTIFIED</c>; the password
    /// is wanted again (§12: the original service's ten-minute <c>login()</c> with haochi's client only works so).
    /// </summary>
    Restart,

    /// <summary>Stays logged in and answers <c>SESSION_AUTHENTICATED</c> (§3.3, personalcapital2's reading).</summary>
    KeepSession,
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
/// Login calls are never faulted (but for <see cref="CloudflareOnLogin"/>), so a login that needs a human is never
/// spoiled by a fault.
/// </summary>
public sealed class FaultOptions
{
    /// <summary>HTTP 200 with a "Session not authenticated." header and no <c>spData</c>, while the session is in fact alive.</summary>
    public double MissingSpData { get; set; }

    /// <summary>HTTP 200 with an HTML page instead of JSON.</summary>
    public double Html { get; set; }

    /// <summary>HTTP 403 with <c>cf-mitigated: challenge</c> (Cloudflare bot check).</summary>
    public double Cloudflare { get; set; }

    /// <summary>
    /// The same Cloudflare challenge on the login page and the login calls: what clients on datacenter addresses met
    /// in 2026 (§12), before any data call.
    /// </summary>
    public double CloudflareOnLogin { get; set; }

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
