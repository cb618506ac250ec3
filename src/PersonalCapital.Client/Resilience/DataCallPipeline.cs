using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;
using PersonalCapital.Client.Transport;

namespace PersonalCapital.Client.Resilience;

/// <summary>
/// Polly around idempotent data calls only: retries transport errors, 5xx, 429 (waiting as long as
/// <c>Retry-After</c> says) and classified transient
/// upstream failures, with jittered exponential back-off, inside one bounded total time. Login calls never pass here.
/// Waits run on the real clock: they are network waits, whatever clock the session logic uses.
/// </summary>
internal sealed partial class DataCallPipeline
{
    /// <summary>When the call began (a <see cref="Stopwatch"/> timestamp), to know how much of the total time is left.</summary>
    private static readonly ResiliencePropertyKey<long> StartedAt = new("PersonalCapital.DataCall.StartedAt");

    private readonly ResiliencePipeline _pipeline;
    private readonly TimeSpan _totalTimeout;

    public DataCallPipeline(IOptions<PersonalCapitalOptions> options, ILogger<DataCallPipeline> logger)
    {
        var retry = options.Value.Retry;
        _totalTimeout = retry.TotalTimeout;
        var builder = new ResiliencePipelineBuilder().AddTimeout(retry.TotalTimeout);
        if (retry.MaxAttempts > 1)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is UpstreamException { IsTransient: true } failure
                    && !WaitOutlastsCall(failure, args.Context)),
                MaxRetryAttempts = retry.MaxAttempts - 1,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = retry.BaseDelay,
                MaxDelay = retry.MaxDelay,
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Exception is UpstreamException failure
                    ? DelayFor(failure)
                    : null),
                OnRetry = args =>
                {
                    if (args.Outcome.Exception is UpstreamException failure)
                    {
                        LogRetry(logger, args.AttemptNumber + 1, failure.Failure, (long)args.RetryDelay.TotalMilliseconds, failure.Message);
                    }
                    return ValueTask.CompletedTask;
                },
            });
        }
        _pipeline = builder.Build();
    }

    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> call, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        context.Properties.Set(StartedAt, Stopwatch.GetTimestamp());
        try
        {
            return await _pipeline.ExecuteAsync(static (ctx, call) => call(ctx.CancellationToken), context, call);
        }
        catch (TimeoutRejectedException e)
        {
            throw new UpstreamException(UpstreamFailure.Transport,
                $"The upstream did not answer within {_totalTimeout.TotalSeconds:0} seconds, retries included.", isTransient: false, e)
            { IsTimeout = true };
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    /// <summary>
    /// An upstream that asks us to come back later than the call may last: waiting would only end in a timeout and hide
    /// the real answer (blocked, and for how long), so the call fails now with it.
    /// </summary>
    private bool WaitOutlastsCall(UpstreamException failure, ResilienceContext context) =>
        failure.RetryAfter is { } retryAfter
        && context.Properties.TryGetValue(StartedAt, out var startedAt)
        && Stopwatch.GetElapsedTime(startedAt) + retryAfter >= _totalTimeout;

    /// <summary>Null lets Polly use its own jittered back-off.</summary>
    private static TimeSpan? DelayFor(UpstreamException failure)
    {
        if (failure.RetryAfter is { } retryAfter && retryAfter > TimeSpan.Zero)
        {
            return retryAfter;
        }
        return null;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retrying a data call (attempt {Attempt}) after {Failure} in {DelayMs} ms: {Reason}")]
    private static partial void LogRetry(ILogger logger, int attempt, UpstreamFailure failure, long delayMs, string reason);
}
