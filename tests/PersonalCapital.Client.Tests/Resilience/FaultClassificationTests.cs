using PersonalCapital.Client.Login;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using PersonalCapital.Sandbox;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Resilience;

/// <summary>When a fault never clears, the call fails after its retries with the failure classified once, correctly.</summary>
public sealed class FaultClassificationTests : IAsyncLifetime
{
    private const int Attempts = 3;

    private readonly TemporaryDirectory _folder = new();
    private readonly SandboxOptions _sandboxOptions = Sandboxes.Options(o => o.Faults.RetryAfterSeconds = 0);
    private SandboxServer? _sandbox;
    private ClientHarness? _harness;

    private SandboxServer Sandbox => _sandbox!;

    private PersonalCapitalClient Client => _harness!.Client;

    public async Task InitializeAsync() => _sandbox = await Sandboxes.StartAsync(_sandboxOptions);

    public async Task DisposeAsync()
    {
        if (_harness is not null)
        {
            await _harness.DisposeAsync();
        }
        if (_sandbox is not null)
        {
            await _sandbox.DisposeAsync();
        }
        _folder.Dispose();
    }

    [Fact]
    public async Task A_cloudflare_challenge_is_blocked_at_once_without_a_retry()
    {
        await LogInAsync();
        _sandboxOptions.Faults.Cloudflare = 1;

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.Blocked, failure.Failure);
        Assert.Equal(403, failure.StatusCode);
        Assert.Equal(1, Sandbox.Stats[GetAccounts]);
        Assert.Equal(UpstreamFailure.Blocked, Client.Status.LastFailureKind);
    }

    [Fact]
    public async Task Too_many_requests_every_time_is_blocked_and_the_retry_after_is_honoured()
    {
        await LogInAsync(attempts: 2);
        _sandboxOptions.Faults.TooManyRequests = 1;
        _sandboxOptions.Faults.RetryAfterSeconds = 1;

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.Blocked, failure.Failure);
        Assert.Equal(429, failure.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(1), failure.RetryAfter);
        Assert.Equal(2, Sandbox.Stats[GetAccounts]);
        // The one wait between the two attempts was the upstream's Retry-After, not the tiny configured back-off.
        var retry = Assert.Single(_harness!.Logs.Entries, e => e.Values.ContainsKey("DelayMs"));
        Assert.Equal(1000L, retry.Values["DelayMs"]);
    }

    [Fact]
    public async Task A_retry_after_beyond_the_time_left_fails_at_once_as_blocked_instead_of_timing_out()
    {
        await LogInAsync(configure: o => o.Retry.TotalTimeout = TimeSpan.FromSeconds(5));
        _sandboxOptions.Faults.TooManyRequests = 1;
        _sandboxOptions.Faults.RetryAfterSeconds = 60;

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.Blocked, failure.Failure);
        Assert.Equal(TimeSpan.FromSeconds(60), failure.RetryAfter);
        Assert.False(failure.IsTimeout);
        Assert.Equal(1, Sandbox.Stats[GetAccounts]);
    }

    [Fact]
    public async Task Server_errors_every_time_are_an_upstream_error()
    {
        await LogInAsync();
        _sandboxOptions.Faults.ServerError = 1;

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        Assert.Contains(failure.StatusCode ?? 0, new[] { 500, 502, 503 });
        Assert.Equal(Attempts, Sandbox.Stats[GetAccounts]);
    }

    [Fact]
    public async Task Html_instead_of_json_every_time_is_an_upstream_error()
    {
        await LogInAsync();
        _sandboxOptions.Faults.Html = 1;

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        Assert.Equal(200, failure.StatusCode);
        // A page may mean the session is gone: each attempt probed it, found it alive and tried once more; no login.
        Assert.Equal(2 * Attempts, Sandbox.Stats[GetAccounts]);
        Assert.Equal(Attempts, Sandbox.Stats[QuerySession]);
        Assert.Equal(1, Sandbox.Stats[IdentifyUser]);
    }

    [Fact]
    public async Task Missing_sp_data_every_time_is_an_upstream_error_and_never_a_login_storm()
    {
        await LogInAsync();
        _sandboxOptions.Faults.MissingSpData = 1;

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.UpstreamError, failure.Failure);
        // Each time the session was probed, found alive, and the call retried; nobody logged in again.
        Assert.Equal(1, Sandbox.Stats[IdentifyUser]);
        Assert.Equal(1, Sandbox.Stats[AuthenticatePassword]);
        Assert.True(Sandbox.Stats[QuerySession] >= 1);
        Assert.Equal(SessionState.Authenticated, Client.Status.State);
    }

    [Fact]
    public async Task A_latency_above_the_request_timeout_is_a_transport_timeout()
    {
        await LogInAsync(attempts: 2, configure: o => o.RequestTimeout = TimeSpan.FromSeconds(2));
        _sandboxOptions.Faults.Latency = TimeSpan.FromSeconds(5);

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.Transport, failure.Failure);
        Assert.True(failure.IsTimeout);
        Assert.Equal(UpstreamFailure.Transport, Client.Status.LastFailureKind);
    }

    [Fact]
    public async Task A_latency_above_the_total_timeout_is_a_transport_timeout()
    {
        await LogInAsync(configure: o => o.Retry.TotalTimeout = TimeSpan.FromMilliseconds(400));
        _sandboxOptions.Faults.Latency = TimeSpan.FromSeconds(5);

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => Client.GetAccountsAsync());

        Assert.Equal(UpstreamFailure.Transport, failure.Failure);
        Assert.True(failure.IsTimeout);
        Assert.False(failure.IsTransient);
    }

    /// <summary>
    /// Logs in while the sandbox is healthy. Faults are switched on afterwards by changing the options the sandbox
    /// was started with: it reads them on every call (and never faults login calls anyway, but latency hits every call).
    /// </summary>
    private async Task LogInAsync(int attempts = Attempts, Action<PersonalCapitalOptions>? configure = null)
    {
        _harness = ClientHarness.Create(Sandbox, _folder.File("session.json"), o =>
        {
            o.Retry.MaxAttempts = attempts;
            configure?.Invoke(o);
        });
        await _harness.Client.LoginAsync(new SandboxCodeSource(Sandbox), TwoFactorMethod.Sms);
    }
}
