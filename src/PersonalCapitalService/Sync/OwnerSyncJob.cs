using Quartz;

namespace PersonalCapitalService.Sync;

/// <summary>
/// Every <c>Sync__Interval</c> (and on <c>POST /v1/sync</c>, and once the start-up login is done): one sync into
/// the store. Never overlaps itself; upstream trouble is recorded by the sync and waits for the next run.
/// </summary>
[DisallowConcurrentExecution]
internal sealed class OwnerSyncJob(OwnerSync sync) : IJob
{
    public static readonly JobKey Key = new("owner-sync");
    public static readonly TriggerKey Trigger = new("owner-sync");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        try
        {
            await sync.RunAsync(cancellationToken);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // Recorded (store, log, status) by the sync itself; the next run tries again.
        }
    }
}
