using PersonalCapitalService.Sync;
using PersonalCapital.Client;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Transport;

namespace PersonalCapitalService.Hosting;

/// <summary>
/// At start: reuse the saved session or log in silently. When a second factor is needed and somebody can answer
/// (a terminal, as the original's <c>code: </c> prompt, or the embedded sandbox) it is asked once; otherwise the
/// service says where to log in and serves what it can.
/// </summary>
internal sealed partial class StartupLogin(PersonalCapitalClient client, SyncTrigger sync, ILogger<StartupLogin> logger)
{
    /// <summary>Logs in as far as it can, then starts the first sync (which waits for a human if one is needed).</summary>
    public async Task RunAsync(ITwoFactorCodeSource? codes, CancellationToken cancellationToken)
    {
        await LogInAsync(codes, cancellationToken);
        await sync.RequestAsync(cancellationToken);
    }

    private async Task LogInAsync(ITwoFactorCodeSource? codes, CancellationToken cancellationToken)
    {
        var status = await client.KeepAliveAsync(cancellationToken);
        if (status.State != SessionState.NeedsSecondFactor)
        {
            LogState(logger, status.State);
            return;
        }
        if (codes is null)
        {
            LogNeedsHuman(logger);
            return;
        }
        try
        {
            var progress = await client.LoginAsync(codes, cancellationToken: cancellationToken);
            LogLoggedIn(logger, progress);
        }
        catch (UpstreamException e)
        {
            LogLoginFailed(logger, e.Message);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream session at start: {State}")]
    private static partial void LogState(ILogger logger, SessionState state);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The upstream wants a second factor: open /login in a browser, or run the login verb (echo CODE | … login)")]
    private static partial void LogNeedsHuman(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Start-up login: {Progress}")]
    private static partial void LogLoggedIn(ILogger logger, LoginProgress progress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Start-up login failed: {Reason}")]
    private static partial void LogLoginFailed(ILogger logger, string reason);
}
