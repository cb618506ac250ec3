using Quartz;

namespace PersonalCapitalService.KeepAlive;

/// <summary>When the keep-alive job runs next, for the readiness report.</summary>
internal sealed class KeepAliveSchedule(ISchedulerFactory schedulers)
{
    public async Task<DateTimeOffset?> NextRunAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var trigger = await scheduler.GetTrigger(SessionKeepAliveJob.Trigger, cancellationToken);
        return trigger?.NextFireTimeUtc;
    }
}
