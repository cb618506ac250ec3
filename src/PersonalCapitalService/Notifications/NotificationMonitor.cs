using Microsoft.Extensions.Options;
using PersonalCapital.Client;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.Notifications;

/// <summary>
/// Looks at the session and sync states every <see cref="NotifySettings.CheckInterval"/> and sends what
/// <see cref="NotificationEpisodes"/> says is due to every target. The sync source is optional: without one, only the
/// session is watched. A target that fails is logged (by kind and host only) and not retried: the next episode tries again.
/// </summary>
internal sealed partial class NotificationMonitor(
    PersonalCapitalClient client,
    IServiceProvider services,
    IHttpClientFactory httpClients,
    IOptions<NotifySettings> options,
    TimeProvider time,
    ILogger<NotificationMonitor> logger) : BackgroundService
{
    public const string HttpClientName = "Notify";

    private readonly NotificationEpisodes _episodes = new(options.Value);
    private readonly IReadOnlyList<NotificationTarget> _targets =
        [.. options.Value.Urls.Select(NotificationTarget.Parse).OfType<NotificationTarget>()];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>One look at the states; sends what is due. Safe to call alongside the background loop.</summary>
    /// <returns>The notifications sent (to every target).</returns>
    public async Task<IReadOnlyList<Notification>> CheckAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var sync = services.GetService<ISyncStatusSource>()?.Current;
            var due = _episodes.Next(client.Status, sync, time.GetUtcNow());
            foreach (var notification in due)
            {
                LogEpisode(logger, notification.Event, notification.Title, _targets.Count);
                await Task.WhenAll(_targets.Select(target => SendAsync(target, notification, cancellationToken)));
            }
            return due;
        }
        finally
        {
            _gate.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (_targets.Count == 0)
        {
            return;
        }
        using var timer = new PeriodicTimer(options.Value.CheckInterval, time);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                await CheckAsync(stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down.
        }
    }

    public override void Dispose()
    {
        _gate.Dispose();
        base.Dispose();
    }

    private async Task SendAsync(NotificationTarget target, Notification notification, CancellationToken cancellationToken)
    {
        try
        {
            using var request = NotificationRequests.Build(target, notification);
            using var response = await httpClients.CreateClient(HttpClientName).SendAsync(request, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                LogRefused(logger, target.Described, (int)response.StatusCode);
            }
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            LogUnreachable(logger, target.Described, e.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Notifying the owner ({Event}): {Title}, to {Targets} targets")]
    private static partial void LogEpisode(ILogger logger, string @event, string title, int targets);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification target {Target} answered HTTP {Status}")]
    private static partial void LogRefused(ILogger logger, string target, int status);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Notification target {Target} could not be reached ({Error})")]
    private static partial void LogUnreachable(ILogger logger, string target, string error);
}
