using PersonalCapital.Client.Login;

namespace PersonalCapital.Client;

/// <summary>Settings of the upstream client, bound from the <c>PersonalCapital</c> configuration section.</summary>
public sealed class PersonalCapitalOptions
{
    public const string SectionName = "PersonalCapital";

    /// <summary>Upstream API host. The sandbox is <c>http://127.0.0.1:PORT</c>.</summary>
    public Uri BaseUrl { get; set; } = new("https://pc-api.empower-retirement.com");

    /// <summary>Origin and Referer of the Empower web front end; the upstream may answer HTML without them.</summary>
    public Uri FrontendOrigin { get; set; } = new("https://participant.empower-retirement.com");

    public string UserAgent { get; set; } =
        "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/142.0.0.0 Safari/537.36";

    /// <summary>Plain username; the alternative to <see cref="CredentialsFile"/>.</summary>
    public string? Username { get; set; }

    /// <summary>Plain password; the alternative to <see cref="CredentialsFile"/>.</summary>
    public string? Password { get; set; }

    /// <summary>Encrypted credentials, <c>{"user": "&lt;encrypted&gt;", "pass": "&lt;encrypted&gt;"}</c>.</summary>
    public string CredentialsFile { get; set; } = "creds.json";

    /// <summary>Base64 256-bit key (from <c>keygen</c>) for creds.json and, when set, the session file.</summary>
    public string? EncryptionKey { get; set; }

    /// <summary>Where the upstream session (cookies and csrf) is persisted.</summary>
    public string SessionFile { get; set; } = "session.json";

    /// <summary>Second factor used when a login needs one.</summary>
    public TwoFactorMethod TwoFactorMethod { get; set; } = TwoFactorMethod.Sms;

    /// <summary>Name the upstream shows for the remembered device.</summary>
    public string DeviceName { get; set; } = "PersonalCapitalService";

    /// <summary>Time limit of one HTTP exchange with the upstream.</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Rows asked for per page of transactions; pages are fetched until every row of the range is in.</summary>
    public int TransactionPageSize { get; set; } = 1000;

    /// <summary>Upper bound on pages fetched for one range (a safety net against an upstream that never ends).</summary>
    public int MaxTransactionPages { get; set; } = 500;

    /// <summary>
    /// First wait after a Cloudflare challenge (§4.3, §12: retrying into one makes it worse), doubled on each repeat
    /// until a call succeeds again. At least 30 minutes.
    /// </summary>
    public TimeSpan CloudflareCoolDown { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How long no code is requested after the upstream answered <c>AUAC_12</c> "Max number of activation challenges"
    /// (§3.7, §12: wait 15–30 minutes). At least 15 minutes.
    /// </summary>
    public TimeSpan CodeRequestWait { get; set; } = TimeSpan.FromMinutes(30);

    /// <summary>Retries of idempotent data calls on transient trouble.</summary>
    public RetrySettings Retry { get; set; } = new();
}

/// <summary>Polly settings for data calls. Challenge and password calls are never retried.</summary>
public sealed class RetrySettings
{
    public int MaxAttempts { get; set; } = 6;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromMilliseconds(250);

    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Upper bound on the whole call, retries and waits included.</summary>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
