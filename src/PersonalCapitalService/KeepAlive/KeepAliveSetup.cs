using Quartz;

namespace PersonalCapitalService.KeepAlive;

internal static class KeepAliveSetup
{
    /// <summary>Schedules <see cref="SessionKeepAliveJob"/> with Quartz every <c>Refresh__Interval</c>, first run one interval after start.</summary>
    public static WebApplicationBuilder AddSessionKeepAlive(this WebApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection(RefreshSettings.SectionName).Get<RefreshSettings>() ?? new RefreshSettings();
        if (settings.Interval < TimeSpan.FromSeconds(1) || settings.Interval > TimeSpan.FromDays(1))
        {
            throw new InvalidOperationException("Refresh__Interval must be between 00:00:01 and 1.00:00:00 (e.g. 00:10:00).");
        }
        builder.Services.AddQuartz(quartz =>
        {
            quartz.AddJob<SessionKeepAliveJob>(job => job.WithIdentity(SessionKeepAliveJob.Key).DisallowConcurrentExecution());
            quartz.AddTrigger(trigger => trigger
                .ForJob(SessionKeepAliveJob.Key)
                .WithIdentity(SessionKeepAliveJob.Trigger)
                .StartAt(DateTimeOffset.UtcNow + settings.Interval)
                .WithSimpleSchedule(schedule => schedule
                    .WithInterval(settings.Interval)
                    .RepeatForever()
                    .WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
        });
        builder.Services.AddQuartzHostedService(options => options.WaitForJobsToComplete = true);
        builder.Services.AddSingleton<KeepAliveSchedule>();
        return builder;
    }
}
