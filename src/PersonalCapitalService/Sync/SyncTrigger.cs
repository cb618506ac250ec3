using Microsoft.Extensions.Options;
using PersonalCapital.Store;
using Quartz;

namespace PersonalCapitalService.Sync;

/// <summary>Starts a sync now (unless one runs): <c>POST /v1/sync</c>, and after a login that needed a human.</summary>
internal sealed class SyncTrigger(ISchedulerFactory schedulers, IOptions<StoreOptions> options)
{
    public async Task RequestAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Mode != StoreMode.Sync)
        {
            return;
        }
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(OwnerSyncJob.Key, cancellationToken);
    }
}
