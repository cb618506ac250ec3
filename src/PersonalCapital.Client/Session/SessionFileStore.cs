using System.Globalization;
using Microsoft.Extensions.Logging;
using PersonalCapital.Client.Credentials;

namespace PersonalCapital.Client.Session;

/// <summary>
/// session.json: versioned JSON, optionally encrypted with <see cref="CredentialCipher"/>, replaced atomically
/// with mode 0600. A file that cannot be read is moved aside as <c>&lt;path&gt;.corrupt.&lt;UTC time&gt;</c>
/// and the service carries on as "not logged in". Nothing of the file's content is ever logged.
/// </summary>
public sealed partial class SessionFileStore : ISessionStore
{
    private readonly string path;
    private readonly string? encryptionKey;
    private readonly TimeProvider timeProvider;
    private readonly ILogger<SessionFileStore> logger;

    // Loads take part too: a load that quarantines must not move aside a file a concurrent save just wrote.
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <param name="path">The session file; relative paths are resolved against the current folder.</param>
    /// <param name="base64EncryptionKey">When set, the file's content is encrypted with this key.</param>
    /// <exception cref="CredentialException">The key is not a valid key.</exception>
    public SessionFileStore(string path, string? base64EncryptionKey, TimeProvider timeProvider, ILogger<SessionFileStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(logger);

        if (!string.IsNullOrWhiteSpace(base64EncryptionKey))
        {
            CredentialCipher.ValidateKey(base64EncryptionKey);
            encryptionKey = base64EncryptionKey;
        }

        this.path = Path.GetFullPath(path);
        this.timeProvider = timeProvider;
        this.logger = logger;
    }

    /// <summary>The full path of the session file.</summary>

    /// <summary>The file's last write time: the <c>login</c> verb in another process changes it.</summary>
    public Task<string?> StampAsync(CancellationToken cancellationToken) =>
        Task.FromResult(File.Exists(path) ? File.GetLastWriteTimeUtc(path).Ticks.ToString(System.Globalization.CultureInfo.InvariantCulture) : null);

    /// <summary>Test hook: runs once the new content is complete in its temporary file, before it replaces the old file.</summary>
    internal Action<string>? BeforeReplace { get; set; }

    public async Task<SessionSnapshot?> LoadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            byte[] content;
            try
            {
                content = await File.ReadAllBytesAsync(path, cancellationToken);
            }
            catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
            {
                LogNoSession(logger, path);
                return null;
            }

            SessionSnapshot stored;
            try
            {
                stored = SessionFileFormat.Read(content, encryptionKey);
            }
            catch (UnreadableSessionFileException exception)
            {
                Quarantine(exception.Message);
                return null;
            }

            var now = timeProvider.GetUtcNow();
            var alive = stored.Cookies.Where(cookie => !cookie.IsExpiredAt(now)).ToList();
            LogLoaded(logger, path, stored.SavedAt, alive.Count, stored.Cookies.Count - alive.Count);
            return stored with { Cookies = alive };
        }
        finally
        {
            gate.Release();
        }
    }

    public async Task SaveAsync(SessionSnapshot snapshot, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var now = timeProvider.GetUtcNow();
        var alive = snapshot with { Cookies = snapshot.Cookies.Where(cookie => !cookie.IsExpiredAt(now)).ToList() };
        var content = SessionFileFormat.Write(alive, encryptionKey);

        await gate.WaitAsync(cancellationToken);
        try
        {
            await AtomicFile.WriteAsync(path, content, BeforeReplace, cancellationToken);
            LogSaved(logger, path, alive.Cookies.Count, encryptionKey is not null);
        }
        finally
        {
            gate.Release();
        }
    }

    private void Quarantine(string reason)
    {
        var stamp = timeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var quarantinePath = $"{path}.corrupt.{stamp}";
        try
        {
            File.Move(path, quarantinePath, overwrite: true);
            LogQuarantined(logger, path, reason, quarantinePath);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The exception's message names paths only, but it is left out anyway to keep the rule simple.
            LogQuarantineFailed(logger, path, reason, quarantinePath, exception.GetType().Name);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "No session file at {Path}; not logged in")]
    private static partial void LogNoSession(ILogger logger, string path);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Loaded session from {Path}, saved at {SavedAt:O}: {CookieCount} cookies, {ExpiredCount} expired and dropped")]
    private static partial void LogLoaded(ILogger logger, string path, DateTimeOffset savedAt, int cookieCount, int expiredCount);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Saved session to {Path}: {CookieCount} cookies, encrypted: {Encrypted}")]
    private static partial void LogSaved(ILogger logger, string path, int cookieCount, bool encrypted);


    [LoggerMessage(Level = LogLevel.Warning, Message = "Session file {Path} cannot be used: {Reason}. Moved it to {QuarantinePath}; continuing as not logged in")]
    private static partial void LogQuarantined(ILogger logger, string path, string reason, string quarantinePath);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Session file {Path} cannot be used: {Reason}. Moving it to {QuarantinePath} failed ({ErrorType}); continuing as not logged in")]
    private static partial void LogQuarantineFailed(ILogger logger, string path, string reason, string quarantinePath, string errorType);
}
