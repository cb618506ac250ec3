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

    /// <summary>Far more than any session (a few KiB): a larger file is not ours, and is not read into memory.</summary>
    internal const int MaxFileBytes = 256 * 1024;

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

    /// <exception cref="SessionFileAccessException">The file may not be read, or a folder stands in its place.</exception>
    public async Task<SessionSnapshot?> LoadAsync(CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            if (await ReadBoundedAsync(cancellationToken) is not { } content)
            {
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

    /// <summary>
    /// The file's bytes, or null when there is none usable. Never opens what is not a regular file with content: a
    /// FIFO would block the open forever, and a FIFO, socket or device shows a length of 0, like an empty file, so
    /// either is moved aside unopened. Reads at most <see cref="MaxFileBytes"/>.
    /// </summary>
    private async Task<byte[]?> ReadBoundedAsync(CancellationToken cancellationToken)
    {
        AtomicFile.DeleteAbandonedTemporaryFiles(path);
        if (Directory.Exists(path))
        {
            throw new SessionFileAccessException($"The session file {path} is a folder, not a file: remove the folder, " +
                "or point PersonalCapital__SessionFile at a file in it (e.g. /data/session.json).");
        }
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            LogNoSession(logger, path);
            return null;
        }
        if (info.Length == 0 || info.Length > MaxFileBytes)
        {
            Quarantine(info.Length == 0 ? "it is empty, or not a regular file" : $"it is larger than {MaxFileBytes / 1024} KiB");
            return null;
        }
        try
        {
            await using var stream = new FileStream(path, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                Options = FileOptions.Asynchronous,
            });
            var buffer = new byte[MaxFileBytes + 1];
            var length = 0;
            for (int read; length < buffer.Length && (read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken)) > 0;)
            {
                length += read;
            }
            if (length > MaxFileBytes)
            {
                Quarantine($"it is larger than {MaxFileBytes / 1024} KiB");
                return null;
            }
            return buffer[..length];
        }
        catch (Exception exception) when (exception is FileNotFoundException or DirectoryNotFoundException)
        {
            LogNoSession(logger, path);
            return null;
        }
        catch (UnauthorizedAccessException exception)
        {
            throw new SessionFileAccessException($"The service may not read the session file {path} (permission denied): " +
                "give the user the service runs as read and write access to it and its folder (e.g. chown that user, chmod 600), " +
                "or delete the file and log in again.", exception);
        }
        catch (IOException exception)
        {
            Quarantine($"reading it failed ({exception.Message.TrimEnd('.')})");
            return null;
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

    /// <summary>Moves the file aside under a name no earlier copy has, so two bad files in one second both stay for a look.</summary>
    private void Quarantine(string reason)
    {
        var stamp = timeProvider.GetUtcNow().UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        var quarantinePath = $"{path}.corrupt.{stamp}";
        for (var copy = 2; File.Exists(quarantinePath) || Directory.Exists(quarantinePath); copy++)
        {
            quarantinePath = $"{path}.corrupt.{stamp}.{copy}";
        }
        try
        {
            File.Move(path, quarantinePath, overwrite: false);
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
