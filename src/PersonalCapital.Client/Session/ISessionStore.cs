namespace PersonalCapital.Client.Session;

/// <summary>Where the upstream session survives restarts.</summary>
public interface ISessionStore
{
    /// <summary>The saved session without its expired cookies, or <see langword="null"/> when there is none usable.</summary>
    Task<SessionSnapshot?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Replaces the saved session; expired cookies are not kept.</summary>
    Task SaveAsync(SessionSnapshot snapshot, CancellationToken cancellationToken);
}
