using PersonalCapital.Client;
using Quartz;

namespace PersonalCapitalService.KeepAlive;

/// <summary>
/// Every <c>Refresh__Interval</c>: one cheap authenticated call keeps the upstream session alive. An expired session
/// gets one silent login when no human is needed; when a second factor is needed the client enters "needs second
/// factor", logs it once and waits for /login or the login verb. Never reads the console, never logs in while the
/// session is alive, never overlaps itself.
/// </summary>
internal sealed partial class SessionKeepAliveJob(PersonalCapitalClient client, ILogger<SessionKeepAliveJob> logger) : IJob
{
    public static readonly JobKey Key = new("session-keep-alive");
    public static readonly TriggerKey Trigger = new("session-keep-alive");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var status = await client.KeepAliveAsync(cancellationToken);
        LogRun(logger, status.State, status.ConsecutiveFailures);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Keep-alive ran: session {State}, {Failures} failures in a row")]
    private static partial void LogRun(ILogger logger, PersonalCapital.Client.Login.SessionState state, int failures);
}
