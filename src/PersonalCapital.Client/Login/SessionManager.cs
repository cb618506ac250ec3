using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Diagnostics;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Login;

/// <summary>
/// Owns the upstream session: loads and saves it, knows its state, and renews it. Renewal is single-flight: every
/// caller that found the session expired waits on one gate, and only the first one to get in probes and logs in; the
/// others see the epoch moved on and just retry. A renewal that would need a human is never attempted here: the
/// state becomes <see cref="SessionState.NeedsSecondFactor"/> and stays there until a human login completes.
/// </summary>
internal sealed partial class SessionManager(
    UpstreamTransport transport,
    LoginFlow loginFlow,
    SessionCookies cookies,
    ISessionStore store,
    IOptions<PersonalCapitalOptions> options,
    TimeProvider time,
    ClientMetrics metrics,
    ILogger<SessionManager> logger) : IDisposable
{
    /// <summary>How long logins wait after the upstream blocked us, unless it said how long.</summary>
    private static readonly TimeSpan BlockedCoolDown = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly SemaphoreSlim _saveGate = new(1, 1);
    private readonly Lock _statusGate = new();
    private long _epoch;
    private bool _loaded;
    private SessionSnapshot? _lastSaved;
    private string? _storeStamp;
    private UpstreamCredentials? _credentials;
    private DateTimeOffset? _blockedUntil;
    private DateTimeOffset? _codeRequestsExhaustedUntil;
    private int _cloudflareStrikes;

    private SessionState _state = SessionState.Unknown;
    private DateTimeOffset? _lastSuccess;
    private DateTimeOffset? _lastFailure;
    private UpstreamFailure? _lastFailureKind;
    private int _consecutiveFailures;
    private string? _detail;
    private string? _saveProblem;

    private PersonalCapitalOptions Options => options.Value;

    /// <summary>Moves on every time the session is renewed or confirmed alive after an expiry.</summary>
    public long Epoch => Interlocked.Read(ref _epoch);

    public SessionStatus Status
    {
        get
        {
            lock (_statusGate)
            {
                var now = time.GetUtcNow();
                return new SessionStatus(_state, _lastSuccess, _lastFailure, _lastFailureKind, _consecutiveFailures, _detail,
                    _codeRequestsExhaustedUntil > now ? _codeRequestsExhaustedUntil : null,
                    _state == SessionState.Blocked && _blockedUntil > now ? _blockedUntil : null);
            }
        }
    }

    /// <summary>Why the session could not be saved the last time it changed, as one sentence; null once a save succeeds.</summary>
    public string? SaveProblem => Volatile.Read(ref _saveProblem);

    /// <summary>True when the waiting login can only use SMS (multiauth flow).</summary>
    public bool WaitingLoginOffersOnlySms => loginFlow.WaitingLoginOffersOnlySms;

    /// <summary>A login waits for a second factor (a challenge may or may not have been sent yet).</summary>
    public bool IsWaitingForSecondFactor => Status.State == SessionState.NeedsSecondFactor && loginFlow.IsWaitingForSecondFactor;

    /// <summary>The challenge sent for the login that waits for its code; null when none waits or none was sent.</summary>
    public SentChallenge? WaitingChallenge => IsWaitingForSecondFactor ? loginFlow.Challenge : null;

    /// <summary>
    /// Gets the session ready for a data call: loads the saved one once; fails fast in states that only a human can
    /// leave (unless another process saved a new session meanwhile); logs in silently when there is no session at all.
    /// </summary>
    /// <returns>True when it logged in.</returns>
    public async Task<bool> EnsureUsableAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        switch (Status.State)
        {
            case SessionState.NeedsSecondFactor or SessionState.CredentialsRejected:
                if (!await TryAdoptNewerSavedSessionAsync(cancellationToken))
                {
                    throw StateFailure();
                }
                break;
            case SessionState.Blocked when CoolingDown:
                throw StateFailure();
        }
        return transport.Csrf is null && await RecoverAsync(Epoch, cancellationToken);
    }

    /// <summary>
    /// Renews a session found expired by a caller that saw <paramref name="observedEpoch"/>: probe first (the expiry
    /// may be spurious), then one silent login. Callers arriving while another renews just wait for it.
    /// </summary>
    /// <param name="probeFirst">False when the caller has just probed and found the session dead.</param>
    /// <param name="mayLogIn">
    /// False when this caller already logged in once: a session refused right after its own login is not logged into
    /// again (re-authenticate once), the call fails instead.
    /// </param>
    /// <returns>True when this caller logged in.</returns>
    public async Task<bool> RecoverAsync(long observedEpoch, CancellationToken cancellationToken, bool probeFirst = true, bool mayLogIn = true)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Epoch != observedEpoch)
            {
                return false;
            }
            // Another caller may have just found that only a human can help: don't ask the upstream again.
            if (Status.State is SessionState.NeedsSecondFactor or SessionState.CredentialsRejected || CoolingDown)
            {
                throw StateFailure();
            }
            if (probeFirst && await IsAliveAsync(cancellationToken))
            {
                Renewed("the session was still alive");
                return false;
            }
            if (!mayLogIn)
            {
                throw new UpstreamException(UpstreamFailure.SessionExpired,
                    "The upstream refused a session it authenticated moments ago in this same call; not logging in again.");
            }
            // Processes sharing the store log in one at a time; one that waited adopts the session the other saved.
            await using (await store.LockForLoginAsync(cancellationToken))
            {
                if (await store.StampAsync(cancellationToken) != _storeStamp && await LoadStoredSessionAsync(cancellationToken)
                    && await IsAliveAsync(cancellationToken))
                {
                    Renewed("another process had logged in");
                    return false;
                }
                var progress = await LoginStepAsync(c => loginFlow.StartAsync(c, cancellationToken), silent: true);
                if (progress == LoginProgress.NeedsSecondFactor)
                {
                    throw StateFailure();
                }
                await SaveIfChangedAsync(cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
        return true;
    }

    /// <summary>
    /// The keep-alive: one cheap authenticated call. An expired session gets one silent login; a session that needs a
    /// human stays as it is (no upstream call). Never throws for upstream trouble: the status tells.
    /// </summary>
    public async Task<SessionStatus> KeepAliveAsync(CancellationToken cancellationToken)
    {
        var epoch = Epoch;
        try
        {
            await EnsureLoadedAsync(cancellationToken);
            if (Status.State is SessionState.NeedsSecondFactor or SessionState.CredentialsRejected)
            {
                await TryAdoptNewerSavedSessionAsync(cancellationToken);
                return Status;
            }
            if (CoolingDown)
            {
                // Not even a probe: every call during a cool-down counts against us (§12).
                return Status;
            }
            var probed = transport.Csrf is not null;
            if (probed && await IsAliveAsync(cancellationToken))
            {
                RecordSuccess();
                await SaveIfChangedAsync(cancellationToken);
                return Status;
            }
            await RecoverAsync(epoch, cancellationToken, probeFirst: !probed);
            RecordSuccess();
        }
        catch (UpstreamException e)
        {
            await RecordFailureAsync(e, cancellationToken);
        }
        catch (CredentialException)
        {
            // The login step made it a state; the job has nothing to add.
        }
        return Status;
    }

    /// <summary>A human asked to log in: reuse a live session, else go as far as possible without a code.</summary>
    public async Task<LoginProgress> BeginLoginAsync(CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (transport.Csrf is not null && await IsAliveAsync(cancellationToken))
            {
                Renewed("the session is alive; no login needed");
                return LoginProgress.Authenticated;
            }
            var progress = await LoginStepAsync(c => loginFlow.StartAsync(c, cancellationToken), silent: false);
            // A waiting sign-in is saved too: another process (login --code) may finish it.
            await SaveIfChangedAsync(cancellationToken);
            return progress;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Sends the second-factor challenge. A login left waiting too long is started again first.</summary>
    public async Task SendChallengeAsync(TwoFactorMethod method, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // After AUAC_12 nobody (page, verb or job) asks for a code before the wait is over: each ask lengthens it.
            if (Status.CodeRequestsExhaustedUntil is { } until)
            {
                throw CodeRequestsExhausted(until);
            }
            if (!loginFlow.IsWaitingForSecondFactor
                && await LoginStepAsync(c => loginFlow.StartAsync(c, cancellationToken), silent: false) == LoginProgress.Authenticated)
            {
                return;
            }
            try
            {
                await loginFlow.SendChallengeAsync(method, cancellationToken);
            }
            catch (UpstreamException e) when (e.Failure == UpstreamFailure.SessionExpired)
            {
                // The half-done login expired upstream: identify again (no password, no code yet), then challenge once.
                if (await LoginStepAsync(c => loginFlow.StartAsync(c, cancellationToken), silent: false) == LoginProgress.NeedsSecondFactor)
                {
                    await loginFlow.SendChallengeAsync(method, cancellationToken);
                }
            }
        }
        catch (UpstreamException e) when (e.IsCodeRequestLimit && e.StatusCode == 400)
        {
            // The upstream's own AUAC_12 (not the hold above, which must not lengthen itself).
            lock (_statusGate)
            {
                _codeRequestsExhaustedUntil = time.GetUtcNow() + Options.CodeRequestWait;
            }
            LogCodeRequestsExhausted(logger, _codeRequestsExhaustedUntil.Value);
            throw CodeRequestsExhausted(_codeRequestsExhaustedUntil.Value);
        }
        catch (UpstreamException e)
        {
            NoteBlocked(e);
            throw e.AsFinal();
        }
        finally
        {
            _gate.Release();
            // The challenge sent (or the wait imposed) outlives this process: login --code, or a restart, reads it.
            await SaveIfChangedAsync(cancellationToken);
        }
    }

    /// <summary>Finishes a login with the code of the challenge sent.</summary>
    public async Task<LoginProgress> CompleteLoginAsync(string code, CancellationToken cancellationToken)
    {
        // Another process may have sent the challenge (login --send); its waiting sign-in is in the store.
        await EnsureLoadedAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var progress = await LoginStepAsync(c => loginFlow.CompleteAsync(c, code, cancellationToken), silent: false);
            if (progress == LoginProgress.Authenticated)
            {
                await SaveIfChangedAsync(cancellationToken);
            }
            return progress;
        }
        finally
        {
            _gate.Release();
        }
    }

    public void RecordSuccess()
    {
        lock (_statusGate)
        {
            // A good answer ends the run of Cloudflare challenges: the next one starts from the first cool-down.
            _cloudflareStrikes = 0;
            _state = SessionState.Authenticated;
            _lastSuccess = time.GetUtcNow();
            _consecutiveFailures = 0;
            _detail = null;
        }
    }

    /// <summary>Records a failed call; a Cloudflare challenge starts a cool-down, which is saved with the session.</summary>
    public async Task RecordFailureAsync(UpstreamException failure, CancellationToken cancellationToken)
    {
        RecordFailure(failure);
        if (failure.IsCloudflareChallenge)
        {
            await SaveIfChangedAsync(cancellationToken);
        }
    }

    private void RecordFailure(UpstreamException failure)
    {
        // A session waiting for a human is a state, not a failing upstream: the state already says so.
        if (failure.Failure is UpstreamFailure.SecondFactorRequired or UpstreamFailure.CredentialsRejected)
        {
            return;
        }
        // A challenge met by a login step already started its cool-down; the same failure arriving here is not a repeat.
        if (!CoolingDown)
        {
            NoteBlocked(failure);
        }
        lock (_statusGate)
        {
            _lastFailure = time.GetUtcNow();
            _lastFailureKind = failure.Failure;
            _consecutiveFailures++;
            _detail ??= failure.Message;
        }
    }

    /// <summary>
    /// Persists the session when its csrf, cookies, waiting sign-in or holds changed since the last save. A file that
    /// cannot be written never fails the caller (the session in memory works; only the next start loses it): the reason
    /// is kept in <see cref="SaveProblem"/> and logged once, until a save succeeds.
    /// </summary>
    public async Task SaveIfChangedAsync(CancellationToken cancellationToken)
    {
        var snapshot = Capture();
        if ((snapshot.Cookies.Count == 0 && snapshot.Pending is null && snapshot.Holds.IsEmpty) || SameSession(snapshot, _lastSaved))
        {
            return;
        }
        await _saveGate.WaitAsync(cancellationToken);
        try
        {
            if (SameSession(snapshot, _lastSaved))
            {
                return;
            }
            await store.SaveAsync(snapshot, cancellationToken);
            _lastSaved = snapshot;
            _storeStamp = await store.StampAsync(cancellationToken);
            _saveProblem = null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            var problem = SessionSaveProblem.Describe(Options.SessionFile, e);
            if (Interlocked.Exchange(ref _saveProblem, problem) != problem)
            {
                LogSaveFailed(logger, problem);
            }
        }
        finally
        {
            _saveGate.Release();
        }
    }

    /// <summary>
    /// Takes up a session signed in elsewhere (a browser): its cookies replace ours, the csrf is the one given or the
    /// one the home page hands those cookies (§3.1: "the page's token is valid for data calls immediately"), and one
    /// cheap authenticated call (<c>login/querySession</c>) must say <c>SESSION_AUTHENTICATED</c>. If it does not, the
    /// previous session is put back and nothing is saved. The cookies are never logged.
    /// </summary>
    public async Task ImportAsync(IReadOnlyList<StoredCookie> imported, string? csrf, CancellationToken cancellationToken)
    {
        await EnsureLoadedAsync(cancellationToken);
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var now = time.GetUtcNow();
            var previous = SessionSnapshot.Capture(Options.BaseUrl, transport.Csrf, cookies.Container, now);
            var previousMultipart = transport.Multipart;
            ReplaceCookies(imported, now);
            transport.Csrf = string.IsNullOrWhiteSpace(csrf) ? null : csrf.Trim();
            bool alive;
            try
            {
                if (transport.Csrf is null)
                {
                    await transport.LoadLoginPageAsync(cancellationToken);
                }
                var answer = await transport.PostAsync("login/querySession", [], cancellationToken, dataCall: true);
                alive = answer.Success && answer.IsAuthenticated;
            }
            catch (UpstreamException)
            {
                ReplaceCookies(previous.Cookies, now);
                transport.Csrf = previous.Csrf;
                throw;
            }
            if (!alive)
            {
                ReplaceCookies(previous.Cookies, now);
                transport.Csrf = previous.Csrf;
                transport.Multipart = previousMultipart;
                throw new UpstreamException(UpstreamFailure.SessionExpired,
                    "The upstream does not take the pasted cookies as a signed-in session: copy them again from a tab where " +
                    "the dashboard is open (and the csrf from the same tab, if you give one).");
            }
            loginFlow.Abandon();
            Renewed("a session signed in elsewhere was imported");
        }
        finally
        {
            _gate.Release();
        }
        await SaveIfChangedAsync(cancellationToken);
    }

    public void Dispose()
    {
        _gate.Dispose();
        _saveGate.Dispose();
    }

    private async Task EnsureLoadedAsync(CancellationToken cancellationToken)
    {
        if (Volatile.Read(ref _loaded))
        {
            return;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_loaded)
            {
                await LoadStoredSessionAsync(cancellationToken);
                Volatile.Write(ref _loaded, true);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <returns>True when a saved session for this upstream was restored.</returns>
    private async Task<bool> LoadStoredSessionAsync(CancellationToken cancellationToken)
    {
        _storeStamp = await store.StampAsync(cancellationToken);
        var snapshot = await store.LoadAsync(cancellationToken);
        if (snapshot is null)
        {
            return false;
        }
        if (!snapshot.IsFor(Options.BaseUrl))
        {
            LogOtherUpstream(logger);
            return false;
        }
        var now = time.GetUtcNow();
        var restored = CookieJar.Restore(cookies.Container, snapshot.Cookies, now);
        transport.Csrf = snapshot.Csrf;
        transport.Multipart = snapshot.Multipart;
        _lastSaved = snapshot;
        AdoptHolds(snapshot.Holds, now);
        if (snapshot.Pending is { } pending)
        {
            loginFlow.Restore(pending);
            EnterState(SessionState.NeedsSecondFactor, pending.Method is { } method
                ? $"A sign-in waits for the code sent by {method} at {pending.SentAt:u}."
                : "A sign-in waits for a second factor.");
        }
        LogRestored(logger, restored, snapshot.SavedAt);
        return true;
    }

    /// <summary>Waits saved by this or another process: the later of each wins, so a restart never shortens one.</summary>
    private void AdoptHolds(UpstreamHolds holds, DateTimeOffset now)
    {
        lock (_statusGate)
        {
            if (holds.CodeRequestsExhaustedUntil > now && !(_codeRequestsExhaustedUntil >= holds.CodeRequestsExhaustedUntil))
            {
                _codeRequestsExhaustedUntil = holds.CodeRequestsExhaustedUntil;
            }
            _cloudflareStrikes = Math.Max(_cloudflareStrikes, holds.CloudflareStrikes);
            if (holds.CoolDownUntil > now && !(_blockedUntil >= holds.CoolDownUntil))
            {
                _blockedUntil = holds.CoolDownUntil;
            }
        }
        if (_blockedUntil > now)
        {
            EnterState(SessionState.Blocked, $"The upstream blocked requests; no automatic call before {_blockedUntil:u}.");
        }
    }

    private SessionSnapshot Capture()
    {
        var now = time.GetUtcNow();
        var status = Status;
        return SessionSnapshot.Capture(Options.BaseUrl, transport.Csrf, cookies.Container, now) with
        {
            Pending = loginFlow.Waiting,
            Holds = new UpstreamHolds(status.CodeRequestsExhaustedUntil, status.CoolDownUntil,
                status.CoolDownUntil is null ? 0 : Volatile.Read(ref _cloudflareStrikes)),
            Multipart = transport.Multipart,
        };
    }

    /// <summary>Empties the jar (a CookieContainer cannot be cleared, only its cookies expired), then fills it.</summary>
    private void ReplaceCookies(IEnumerable<StoredCookie> replacement, DateTimeOffset now)
    {
        foreach (var cookie in cookies.Container.GetAllCookies().Cast<System.Net.Cookie>())
        {
            cookie.Expired = true;
        }
        CookieJar.Restore(cookies.Container, replacement, now);
    }

    /// <summary>
    /// A Cloudflare challenge seen on any call cools down for <see cref="PersonalCapitalOptions.CloudflareCoolDown"/>,
    /// doubled for each challenge since the last good answer (§4.3, §12: retrying into one makes it worse).
    /// Other blocks are the login step's business (their Retry-After).
    /// </summary>
    private void NoteBlocked(UpstreamException failure)
    {
        if (!failure.IsCloudflareChallenge)
        {
            return;
        }
        DateTimeOffset until;
        lock (_statusGate)
        {
            var strikes = Math.Min(++_cloudflareStrikes, 8);
            until = time.GetUtcNow() + Options.CloudflareCoolDown * Math.Pow(2, strikes - 1);
            _blockedUntil = until;
        }
        EnterState(SessionState.Blocked,
            $"Cloudflare challenged the bridge; no automatic call before {until:u} (each new challenge doubles the wait).");
    }

    private UpstreamException CodeRequestsExhausted(DateTimeOffset until) =>
        new(UpstreamFailure.Blocked,
            $"The upstream has sent as many codes as it allows for now (AUAC_12). No new code can be asked for before {until:u}; " +
            "a code already received can still be entered.")
        {
            IsCodeRequestLimit = true,
            RetryAfter = until - time.GetUtcNow(),
        };

    /// <summary>
    /// In a state only a human can leave, a newer session file (the <c>login</c> verb run in another process, say)
    /// is worth a look: restore it and probe once.
    /// </summary>
    private async Task<bool> TryAdoptNewerSavedSessionAsync(CancellationToken cancellationToken)
    {
        if (await store.StampAsync(cancellationToken) == _storeStamp)
        {
            return false;
        }
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (await store.StampAsync(cancellationToken) == _storeStamp || !await LoadStoredSessionAsync(cancellationToken) || !await IsAliveAsync(cancellationToken))
            {
                return false;
            }
            Renewed("a newer saved session was adopted");
            return true;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Asks the upstream whether the current cookies and csrf make an authenticated session.</summary>
    private async Task<bool> IsAliveAsync(CancellationToken cancellationToken)
    {
        if (transport.Csrf is null)
        {
            if (cookies.Container.Count == 0)
            {
                return false;
            }
            await transport.LoadLoginPageAsync(cancellationToken);
        }
        var answer = await transport.PostAsync("login/querySession", [], cancellationToken, dataCall: true);
        return answer.Success && answer.IsAuthenticated;
    }

    /// <summary>Runs one login step; records the outcome; login failures are never retried automatically.</summary>
    private async Task<LoginProgress> LoginStepAsync(Func<UpstreamCredentials, Task<LoginProgress>> step, bool silent)
    {
        if (silent && CoolingDown)
        {
            throw StateFailure();
        }
        try
        {
            var progress = await step(Credentials());
            metrics.Login(silent, progress);
            if (progress == LoginProgress.Authenticated)
            {
                Renewed(silent ? "silent login succeeded" : "login succeeded");
            }
            else
            {
                EnterState(SessionState.NeedsSecondFactor,
                    "The upstream wants a second factor. Log in on the service's /login page or with the login verb.");
            }
            return progress;
        }
        catch (UpstreamException e)
        {
            metrics.LoginFailed(silent, e.Failure);
            switch (e.Failure)
            {
                case UpstreamFailure.CredentialsRejected:
                    EnterState(SessionState.CredentialsRejected, e.Message);
                    break;
                case UpstreamFailure.Blocked when e.IsCloudflareChallenge:
                    NoteBlocked(e);
                    break;
                case UpstreamFailure.Blocked:
                    _blockedUntil = time.GetUtcNow() + (e.RetryAfter ?? BlockedCoolDown);
                    EnterState(SessionState.Blocked, e.Message);
                    break;
            }
            LogLoginFailed(logger, e.Failure, e.Message);
            throw e.AsFinal();
        }
        catch (CredentialException e)
        {
            // creds.json (or its key) became unreadable while running: nothing to retry until a human mends it.
            metrics.LoginFailedOnCredentials(silent);
            EnterState(SessionState.CredentialsRejected, e.Message);
            throw;
        }
    }

    private UpstreamCredentials Credentials() => _credentials ??= CredentialsLoader.Load(Options);

    /// <summary>Blocked, and the upstream's wait not over: logins are not attempted.</summary>
    private bool CoolingDown => Status.State == SessionState.Blocked && _blockedUntil > time.GetUtcNow();

    private void Renewed(string how)
    {
        Interlocked.Increment(ref _epoch);
        RecordSuccess();
        LogRenewed(logger, how);
    }

    private void EnterState(SessionState state, string detail)
    {
        bool changed;
        lock (_statusGate)
        {
            changed = _state != state;
            _state = state;
            _detail = detail;
        }
        if (changed)
        {
            LogStateChanged(logger, state, detail);
        }
    }

    private UpstreamException StateFailure()
    {
        var status = Status;
        return status.State switch
        {
            SessionState.CredentialsRejected => new UpstreamException(UpstreamFailure.CredentialsRejected,
                status.Detail ?? "The upstream refused the credentials."),
            SessionState.Blocked => new UpstreamException(UpstreamFailure.Blocked,
                status.Detail ?? "The upstream is blocking requests.")
            { RetryAfter = _blockedUntil - time.GetUtcNow() },
            _ => new UpstreamException(UpstreamFailure.SecondFactorRequired,
                status.Detail ?? "The upstream wants a second factor."),
        };
    }

    private static bool SameSession(SessionSnapshot current, SessionSnapshot? saved) =>
        saved is not null && current.Csrf == saved.Csrf && current.Cookies.ToHashSet().SetEquals(saved.Cookies)
        && current.Pending == saved.Pending && current.Holds == saved.Holds && current.Multipart == saved.Multipart;

    [LoggerMessage(Level = LogLevel.Warning, Message = "The upstream refused to send more codes (AUAC_12); none is asked for before {Until:u}")]
    private static partial void LogCodeRequestsExhausted(ILogger logger, DateTimeOffset until);

    [LoggerMessage(Level = LogLevel.Warning, Message = "{Problem}")]
    private static partial void LogSaveFailed(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream session renewed: {How}")]
    private static partial void LogRenewed(ILogger logger, string how);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream session state is now {State}: {Detail}")]
    private static partial void LogStateChanged(ILogger logger, SessionState state, string detail);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Login failed ({Failure}): {Reason}")]
    private static partial void LogLoginFailed(ILogger logger, UpstreamFailure failure, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Restored {Count} cookies of a session saved at {SavedAt:u}")]
    private static partial void LogRestored(ILogger logger, int count, DateTimeOffset savedAt);

    [LoggerMessage(Level = LogLevel.Information, Message = "The saved session belongs to another upstream; starting without it")]
    private static partial void LogOtherUpstream(ILogger logger);
}
