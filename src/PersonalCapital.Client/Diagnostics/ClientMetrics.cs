using System.Diagnostics;
using System.Diagnostics.Metrics;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Diagnostics;

/// <summary>
/// The client's measurements, on a <see cref="Meter"/> named <see cref="MeterName"/> (System.Diagnostics.Metrics, so any
/// exporter can read it and the client stays free of ASP.NET): every upstream exchange by operation and outcome, with
/// its duration, and every login by kind and outcome.
/// </summary>
public sealed class ClientMetrics
{
    public const string MeterName = "PersonalCapital.Client";

    /// <summary>The outcome tag of an exchange that worked; failures carry the <see cref="UpstreamFailure"/> name.</summary>
    public const string Success = "success";

    private readonly Counter<long> _calls;
    private readonly Histogram<double> _callDuration;
    private readonly Counter<long> _logins;

    public ClientMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _calls = meter.CreateCounter<long>("pcs.upstream.calls", "{call}", "Upstream exchanges by operation (path) and outcome.");
        _callDuration = meter.CreateHistogram<double>("pcs.upstream.call.duration", "s", "Duration of upstream exchanges.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30] });
        _logins = meter.CreateCounter<long>("pcs.logins", "{login}",
            "Login attempts: kind silent (background renewal) or interactive (a human), outcome authenticated, needs_second_factor or the failure.");
    }

    /// <summary>Runs one exchange and counts it with the outcome it had.</summary>
    internal async Task<T> MeasureAsync<T>(string operation, Func<Task<T>> exchange)
    {
        var started = Stopwatch.GetTimestamp();
        var outcome = Success;
        try
        {
            return await exchange();
        }
        catch (UpstreamException failure)
        {
            outcome = Tag(failure.Failure);
            throw;
        }
        finally
        {
            var tags = new TagList { { "operation", operation }, { "outcome", outcome } };
            _calls.Add(1, tags);
            _callDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
        }
    }

    internal void Login(bool silent, LoginProgress progress) =>
        Login(silent, progress == LoginProgress.Authenticated ? "authenticated" : "needs_second_factor");

    internal void LoginFailed(bool silent, UpstreamFailure failure) => Login(silent, Tag(failure));

    internal void LoginFailedOnCredentials(bool silent) => Login(silent, "credentials_unreadable");

    private void Login(bool silent, string outcome) =>
        _logins.Add(1, new TagList { { "kind", silent ? "silent" : "interactive" }, { "outcome", outcome } });

    private static string Tag(UpstreamFailure failure) => failure switch
    {
        UpstreamFailure.SessionExpired => "session_expired",
        UpstreamFailure.SecondFactorRequired => "second_factor_required",
        UpstreamFailure.CredentialsRejected => "credentials_rejected",
        UpstreamFailure.Blocked => "blocked",
        UpstreamFailure.UpstreamError => "upstream_error",
        _ => "transport",
    };
}
