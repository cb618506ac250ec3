using System.Globalization;
using PersonalCapital.Client.Login;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.Notifications;

/// <summary>
/// Decides what to tell the owner, once per episode: an episode starts when the session needs a human (a code, the
/// credentials) or the upstream blocks, or when the sync has failed for longer than
/// <see cref="NotifySettings.SyncFailureAfter"/>; it ends, with one "recovered", when the session is authenticated again
/// or the sync succeeds. Requests never start episodes, only states do. Not thread-safe: one monitor calls it.
/// </summary>
internal sealed class NotificationEpisodes(NotifySettings settings)
{
    private string? _sessionEpisode;
    private bool _syncEpisode;
    private DateTimeOffset? _syncFailingSince;

    /// <summary>The notifications due now; usually none.</summary>
    public IReadOnlyList<Notification> Next(SessionStatus session, SyncStatus? sync, DateTimeOffset now)
    {
        var due = new List<Notification>();
        var link = settings.PublicUrl is { } publicUrl ? publicUrl.AbsoluteUri.TrimEnd('/') + "/login" : "/login";
        var sessionEpisode = SessionEpisode(session);
        if (sessionEpisode is not null && sessionEpisode != _sessionEpisode)
        {
            due.Add(SessionNotice(sessionEpisode, session, link, now));
            _sessionEpisode = sessionEpisode;
        }
        else if (sessionEpisode is null && _sessionEpisode is not null && session.State == SessionState.Authenticated)
        {
            due.Add(new Notification("recovered", "The bridge is signed in again",
                $"The upstream session is authenticated again; the bridge serves data. Status: {link}", link, NeedsHuman: false, now));
            _sessionEpisode = null;
        }

        if (sync is not null)
        {
            if (sync.State == SyncStatus.Failed)
            {
                _syncFailingSince ??= sync.LastSuccessAt ?? now;
                if (!_syncEpisode && now - _syncFailingSince >= settings.SyncFailureAfter)
                {
                    _syncEpisode = true;
                    due.Add(new Notification("sync-failing", "The bridge's sync keeps failing",
                        $"No sync has succeeded since {Time(_syncFailingSince.Value)} (longer than {settings.SyncFailureAfter:g}). " +
                        $"Last error: {sync.LastError ?? "none given"}. Check the session at {link}.", link, NeedsHuman: true, now));
                }
            }
            else if (sync.State != SyncStatus.Running)
            {
                _syncFailingSince = null;
                if (_syncEpisode)
                {
                    _syncEpisode = false;
                    due.Add(new Notification("recovered", "The bridge's sync works again",
                        $"A sync succeeded at {(sync.LastSuccessAt is { } at ? Time(at) : "an unknown time")}. Status: {link}", link, NeedsHuman: false, now));
                }
            }
        }
        return due;
    }

    private static string? SessionEpisode(SessionStatus session) => session.State switch
    {
        SessionState.NeedsSecondFactor when session.CodeRequestsExhaustedUntil is not null => "blocked",
        SessionState.NeedsSecondFactor => "second-factor",
        SessionState.CredentialsRejected => "credentials",
        SessionState.Blocked => "blocked",
        _ => null,
    };

    private static Notification SessionNotice(string episode, SessionStatus session, string link, DateTimeOffset now)
    {
        var detail = string.IsNullOrWhiteSpace(session.Detail) ? "" : $" ({session.Detail})";
        return episode switch
        {
            "second-factor" => new Notification(episode, "Empower wants a code",
                $"The bridge must sign in again and the upstream wants a second factor{detail}. Open {link} to send a code and enter it " +
                "(or run: login --send sms, then login --code CODE).", link, NeedsHuman: true, now),
            "credentials" => new Notification(episode, "Empower refused the bridge's credentials",
                $"The upstream refused the username or password{detail}. Correct them, then sign in again at {link}. " +
                "Nothing is retried: repeated wrong passwords lock the account.", link, NeedsHuman: true, now),
            _ => new Notification(episode, "Empower is blocking the bridge",
                $"The upstream is blocking or challenging the bridge{detail}." + Until(session) +
                $" If it lasts, import a session from a browser where you are signed in, at {link}.", link, NeedsHuman: true, now),
        };
    }

    private static string Until(SessionStatus session) =>
        (session.CoolDownUntil, session.CodeRequestsExhaustedUntil) switch
        {
            ({ } coolDown, _) => $" No automatic call before {Time(coolDown)}.",
            (_, { } codes) => $" No new code can be asked for before {Time(codes)}.",
            _ => "",
        };

    private static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
