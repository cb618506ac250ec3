using System.Globalization;
using System.Text.Json;
using PersonalCapital.Client.Session;

namespace PersonalCapitalService.SimpleFin.Access;

/// <summary>
/// Keeps the hashes in one small JSON file (mode 0600, replaced atomically). Every operation reads the file afresh, so
/// a token made by the <c>simplefin-token</c> verb in another process is claimable at once, and a revocation by the
/// verb refuses the credential on its next request. A file that cannot be read is moved aside, like the session file:
/// consumers then get 403 and the owner issues new tokens.
/// </summary>
internal sealed partial class FileSimpleFinAccessStore(string path, TimeProvider time, ILogger<FileSimpleFinAccessStore> logger)
    : ISimpleFinAccessStore, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    private readonly SemaphoreSlim _gate = new(1, 1);

    public string Path => path;

    public async Task<string> CreateSetupTokenAsync(DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        var token = AccessSecrets.NewSecret();
        await UpdateAsync(document =>
        {
            var now = time.GetUtcNow();
            document.SetupTokens.RemoveAll(t => t.ExpiresAt <= now);
            document.SetupTokens.Add(new StoredSetupToken(AccessSecrets.Hash(token), now, expiresAt));
            return true;
        }, cancellationToken);
        return token;
    }

    public async Task<IssuedAccess?> ClaimAsync(string setupToken, string? label, CancellationToken cancellationToken)
    {
        IssuedAccess? issued = null;
        await UpdateAsync(document =>
        {
            var now = time.GetUtcNow();
            var match = document.SetupTokens.FirstOrDefault(t => AccessSecrets.Matches(setupToken, t.Hash));
            if (match is null || match.ExpiresAt <= now)
            {
                return false;
            }
            document.SetupTokens.Remove(match);
            var secret = AccessSecrets.NewSecret();
            var stored = new StoredCredential(AccessSecrets.NewId(), AccessSecrets.Hash(secret), now, label, null);
            document.Credentials.Add(stored);
            issued = new IssuedAccess(stored.ToCredential(), secret);
            return true;
        }, cancellationToken);
        return issued;
    }

    public async Task<SimpleFinCredential?> FindActiveAsync(string username, string secret, CancellationToken cancellationToken)
    {
        var document = await ReadLockedAsync(cancellationToken);
        var stored = document.Credentials.FirstOrDefault(c => c.RevokedAt is null && string.Equals(c.Id, username, StringComparison.Ordinal));
        // Hash even when the username is unknown, so the answer takes as long either way.
        return AccessSecrets.Matches(secret, stored?.SecretHash ?? AccessSecrets.Hash("")) && stored is not null
            ? stored.ToCredential()
            : null;
    }

    public async Task<IReadOnlyList<SimpleFinCredential>> ListAsync(CancellationToken cancellationToken) =>
        [.. (await ReadLockedAsync(cancellationToken)).Credentials.Select(c => c.ToCredential())];

    public async Task<bool> RevokeAsync(string id, CancellationToken cancellationToken)
    {
        var revoked = false;
        await UpdateAsync(document =>
        {
            var index = document.Credentials.FindIndex(c => c.RevokedAt is null && string.Equals(c.Id, id, StringComparison.Ordinal));
            if (index < 0)
            {
                return false;
            }
            document.Credentials[index] = document.Credentials[index] with { RevokedAt = time.GetUtcNow() };
            revoked = true;
            return true;
        }, cancellationToken);
        return revoked;
    }

    public void Dispose() => _gate.Dispose();

    private async Task<AccessDocument> ReadLockedAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return await ReadAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Read, change, write back when <paramref name="change"/> says it changed something.</summary>
    private async Task UpdateAsync(Func<AccessDocument, bool> change, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var document = await ReadAsync(cancellationToken);
            if (change(document))
            {
                await AtomicFile.WriteAsync(path, JsonSerializer.SerializeToUtf8Bytes(document, Json), null, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<AccessDocument> ReadAsync(CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            return new AccessDocument();
        }
        try
        {
            await using var stream = File.OpenRead(path);
            var document = await JsonSerializer.DeserializeAsync<AccessDocument>(stream, Json, cancellationToken);
            return document is { Version: AccessDocument.CurrentVersion } ? document : throw new JsonException("unknown version");
        }
        catch (JsonException)
        {
            var aside = $"{path}.corrupt.{time.GetUtcNow().ToString("yyyyMMddTHHmmssZ", CultureInfo.InvariantCulture)}";
            File.Move(path, aside, overwrite: true);
            LogMovedAside(logger, path, aside);
            return new AccessDocument();
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "SimpleFIN access file {Path} could not be read; moved to {Aside}. Issue new setup tokens.")]
    private static partial void LogMovedAside(ILogger logger, string path, string aside);

    private sealed class AccessDocument
    {
        public const int CurrentVersion = 1;

        public int Version { get; set; } = CurrentVersion;

        public List<StoredSetupToken> SetupTokens { get; set; } = [];

        public List<StoredCredential> Credentials { get; set; } = [];
    }

    private sealed record StoredSetupToken(string Hash, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);

    private sealed record StoredCredential(string Id, string SecretHash, DateTimeOffset CreatedAt, string? Label, DateTimeOffset? RevokedAt)
    {
        public SimpleFinCredential ToCredential() => new(Id, CreatedAt, Label, RevokedAt);
    }
}
