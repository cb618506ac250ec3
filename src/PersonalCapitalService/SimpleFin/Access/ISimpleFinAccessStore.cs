namespace PersonalCapitalService.SimpleFin.Access;

/// <summary>
/// SimpleFIN access credentials and one-time setup tokens. Only hashes are kept: a setup token or a secret is shown
/// once, when made, and never again. A file today (<see cref="FileSimpleFinAccessStore"/>); the same contract can move
/// into the database store.
/// </summary>
public interface ISimpleFinAccessStore
{
    /// <summary>A new setup token's secret part (the last segment of its claim URL), valid until <paramref name="expiresAt"/>.</summary>
    Task<string> CreateSetupTokenAsync(DateTimeOffset expiresAt, CancellationToken cancellationToken);

    /// <summary>
    /// Claims a setup token once: it is spent and a new access credential is issued. Null for a token that is unknown,
    /// already claimed or expired.
    /// </summary>
    Task<IssuedAccess?> ClaimAsync(string setupToken, string? label, CancellationToken cancellationToken);

    /// <summary>The active (not revoked) credential these Basic credentials name, or null.</summary>
    Task<SimpleFinCredential?> FindActiveAsync(string username, string secret, CancellationToken cancellationToken);

    /// <summary>Every credential ever issued, revoked ones included, oldest first.</summary>
    Task<IReadOnlyList<SimpleFinCredential>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Revokes a credential at once; false when no active credential has that id.</summary>
    Task<bool> RevokeAsync(string id, CancellationToken cancellationToken);
}

/// <summary>One access credential as listed: its id is the Basic username of its access URL.</summary>
/// <param name="Label">Who claimed it (the consumer's User-Agent), to tell the apps apart.</param>
public sealed record SimpleFinCredential(string Id, DateTimeOffset CreatedAt, string? Label, DateTimeOffset? RevokedAt)
{
    public bool IsActive => RevokedAt is null;
}

/// <summary>A credential just issued, with its secret: the only moment the secret exists outside the consumer.</summary>
public sealed record IssuedAccess(SimpleFinCredential Credential, string Secret);
