using PersonalCapital.Client.Login;
using PersonalCapital.Client.Transport;
using PersonalCapitalService.OwnerData;

namespace PersonalCapitalService.SimpleFin;

/// <summary>One entry of <c>errors</c> (v1) or <c>errlist</c> (v2): a v2 code and the sentence consumers show.</summary>
internal sealed record ConnectionTrouble(string Code, string Message);

/// <summary>
/// Upstream trouble is answered with 200 and an entry in <c>errors</c>, never an error status (consumers would take
/// that for a broken access URL). Every sentence starts with <see cref="Prefix"/>: Actual marks the accounts as needing
/// attention when an error starts with "Connection to {org.name} may need attention". Sentences never carry upstream
/// text.
/// </summary>
internal static class ConnectionTroubles
{
    public const string Prefix = "Connection to " + SimpleFinAccountReader.OrgName + " may need attention";

    /// <summary>v2 codes: the owner must act on the connection; the data may be stale or incomplete.</summary>
    public const string ConnectionAuth = "con.auth";
    public const string MissingData = "act.missingdata";

    /// <summary>What the session and the sync say right now.</summary>
    public static List<ConnectionTrouble> Current(SessionStatus session, SyncStatus? sync)
    {
        List<ConnectionTrouble> troubles = [];
        if (session.State switch
            {
                SessionState.NeedsSecondFactor => "the bridge needs a new second-factor code (open /login on the bridge)",
                SessionState.CredentialsRejected => "Empower refused the bridge's credentials",
                SessionState.Blocked => "Empower is throttling the bridge for now",
                _ => null,
            } is { } reason)
        {
            troubles.Add(new(ConnectionAuth, $"{Prefix}: {reason}; balances and transactions may be out of date."));
        }
        if (sync is { State: SyncStatus.Failed })
        {
            var since = sync.LastSuccessAt is { } at ? $" (last good sync {at.UtcDateTime:yyyy-MM-dd HH:mm} UTC)" : "";
            troubles.Add(new(MissingData, $"{Prefix}: the sync with Empower is failing{since}; data may be out of date."));
        }
        return troubles;
    }

    /// <summary>A read that failed: a session only a human can mend, or Empower not answering usefully.</summary>
    public static ConnectionTrouble From(UpstreamException failure) => failure.Failure switch
    {
        UpstreamFailure.SecondFactorRequired or UpstreamFailure.SessionExpired or UpstreamFailure.CredentialsRejected =>
            new(ConnectionAuth, $"{Prefix}: the bridge must log in to Empower again (open /login on the bridge)."),
        _ => new(MissingData, $"{Prefix}: Empower did not answer usefully just now; try again later."),
    };

    /// <summary>The bridge cannot read its own upstream credentials (creds.json or the key).</summary>
    public static ConnectionTrouble CredentialsUnreadable() =>
        new(ConnectionAuth, $"{Prefix}: the bridge cannot read its Empower credentials; check its configuration.");

    /// <summary>One entry per code: a failed read and the session state often say the same thing.</summary>
    public static IReadOnlyList<ConnectionTrouble> Distinct(IEnumerable<ConnectionTrouble> troubles) =>
        [.. troubles.DistinctBy(t => t.Code)];
}
