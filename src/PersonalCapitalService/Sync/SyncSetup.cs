using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PersonalCapital.Store;
using PersonalCapitalService.Legacy;
using PersonalCapitalService.OwnerData;
using Quartz;

namespace PersonalCapitalService.Sync;

internal static class SyncSetup
{
    /// <summary>The sync into the store; with <paramref name="schedule"/> and <c>Store__Mode=Sync</c>, a Quartz job every <c>Sync__Interval</c>.</summary>
    public static IHostApplicationBuilder AddOwnerSync(this IHostApplicationBuilder builder, bool schedule = true)
    {
        builder.Services.AddOptions<SyncSettings>().BindConfiguration(SyncSettings.SectionName)
            .Validate(s => s.Interval >= TimeSpan.FromSeconds(1), "Sync__Interval must be at least one second (e.g. 00:30:00).")
            .Validate(s => s.Window is >= 1 and <= 3660, "Sync__Window must be a number of days from 1 to 3660 (e.g. 60).")
            .Validate(s => s.MaxYears is >= 1 and <= 100, "Sync__MaxYears must be a number of years from 1 to 100 (e.g. 30).")
            .ValidateOnStart();
        builder.Services.AddSingleton<SyncStatusTracker>();
        builder.Services.AddSingleton<ISyncStatusSource>(sp => sp.GetRequiredService<SyncStatusTracker>());
        builder.Services.AddSingleton<OwnerSync>();
        builder.Services.TryAddSingleton<LegacyBodies>();
        if (!schedule)
        {
            return builder;
        }
        builder.Services.AddSingleton<SyncTrigger>();

        var mode = builder.Configuration.GetSection(StoreOptions.SectionName).Get<StoreOptions>()?.Mode ?? StoreMode.Sync;
        var interval = builder.Configuration.GetSection(SyncSettings.SectionName).Get<SyncSettings>()?.Interval ?? new SyncSettings().Interval;
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<OwnerSyncJob>(job => job.WithIdentity(OwnerSyncJob.Key).StoreDurably());
            if (mode == StoreMode.Sync && interval >= TimeSpan.FromSeconds(1))
            {
                // The first run comes from the start-up login (or POST /v1/sync); then one every interval.
                quartz.AddTrigger(trigger => trigger
                    .ForJob(OwnerSyncJob.Key)
                    .WithIdentity(OwnerSyncJob.Trigger)
                    .StartAt(DateTimeOffset.UtcNow + interval)
                    .WithSimpleSchedule(schedule => schedule
                        .WithInterval(interval)
                        .RepeatForever()
                        .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
            }
        });
        return builder;
    }
}
