using PersonalCapital.Client;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Session;
using PersonalCapitalService.Health;
using Quartz;

namespace PersonalCapitalService.KeepAlive;

/// <summary>
/// Every <c>Refresh__Interval</c>: one cheap authenticated call keeps the upstream session alive. An expired session
/// gets one silent login when no human is needed; when a second factor is needed the client enters "needs second
/// factor", logs it once and waits for /login or the login verb. Never reads the console, never logs in while the
/// session is alive, never overlaps itself.
/// </summary>
internal sealed partial class SessionKeepAliveJob(PersonalCapitalClient client, UpstreamDataCheck dataCheck, ILogger<SessionKeepAliveJob> logger) : IJob
{
    public static readonly JobKey Key = new("session-keep-alive");
    public static readonly TriggerKey Trigger = new("session-keep-alive");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        SessionStatus status;
        try
        {
            status = await client.KeepAliveAsync(cancellationToken);
        }
        catch (SessionFileAccessException e)
        {
            // Someone changed the file under a running service; nothing to retry until the owner mends it.
            LogUnreadableSessionFile(logger, e.Message);
            return;
        }
        if (status.State == SessionState.Authenticated)
        {
            // The probe says the session lives; one data call says data can be served (readiness).
            await dataCheck.CheckAsync(cancellationToken);
        }
        LogRun(logger, status.State, status.ConsecutiveFailures);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Keep-alive ran: session {State}, {Failures} failures in a row")]
    private static partial void LogRun(ILogger logger, SessionState state, int failures);

    [LoggerMessage(Level = LogLevel.Error, Message = "Keep-alive: {Problem}")]
    private static partial void LogUnreadableSessionFile(ILogger logger, string problem);
}
