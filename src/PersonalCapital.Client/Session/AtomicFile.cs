namespace PersonalCapital.Client.Session;

/// <summary>
/// Replaces a file so that a reader, or the next start after a crash, sees either the whole old content or
/// the whole new one, and so that the content is never readable by other users, not even for a moment.
/// </summary>
public static class AtomicFile
{
    private const string TemporarySuffix = ".tmp";

    // Temporary files this old belong to a writer that died.
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);

    private static readonly UnixFileMode OwnerReadWrite = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private static readonly UnixFileMode OwnerOnlyFolder = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <param name="beforeReplace">Called with the temporary file's path once it is complete; lets tests fail the write there.</param>
    public static async Task WriteAsync(string path, byte[] content, Action<string>? beforeReplace, CancellationToken cancellationToken)
    {
        var folder = Path.GetDirectoryName(path) ?? throw new ArgumentException($"'{path}' has no folder.", nameof(path));
        CreateFolder(folder);

        // A fresh name each time: a leftover of a crashed write can never be reopened with its old mode or content.
        var temporaryPath = Path.Combine(folder, $"{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporarySuffix}");
        try
        {
            var options = new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
            };
            if (!OperatingSystem.IsWindows())
            {
                options.UnixCreateMode = OwnerReadWrite;
            }

            await using (var stream = new FileStream(temporaryPath, options))
            {
                await stream.WriteAsync(content, cancellationToken);
                stream.Flush(flushToDisk: true);
            }

            beforeReplace?.Invoke(temporaryPath);
            File.Move(temporaryPath, path, overwrite: true);
        }
        catch
        {
            TryDelete(temporaryPath);
            throw;
        }

        // The rename lives in the folder: until the folder is flushed too, a power cut may bring back the old file.
        FolderSync.Flush(folder);

        try
        {
            DeleteAbandonedTemporaryFiles(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The new content is in place; sweeping is a courtesy and a later write tries again.
        }
    }

    private static void CreateFolder(string folder)
    {
        if (Directory.Exists(folder))
        {
            return;
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(folder);
        }
        else
        {
            Directory.CreateDirectory(folder, OwnerOnlyFolder);
        }
    }

    /// <summary>
    /// Deletes temporary copies a writer left behind when it died (after every write, and at load, so a crash's copy
    /// does not linger until some later save). A copy younger than <see cref="AbandonedAfter"/> may belong to a writer in
    /// another process (the login verb) and is kept. The age is a file-system fact, so it is read against the system
    /// clock, not the service's injected time.
    /// </summary>
    public static void DeleteAbandonedTemporaryFiles(string path)
    {
        var folder = Path.GetDirectoryName(path)!;
        if (!Directory.Exists(folder))
        {
            return;
        }
        var prefix = Path.GetFileName(path) + ".";
        var now = DateTime.UtcNow;
        IEnumerable<string> candidates;
        try
        {
            candidates = Directory.EnumerateFiles(folder, prefix + "*" + TemporarySuffix).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return;
        }
        foreach (var candidate in candidates)
        {
            var name = Path.GetFileName(candidate);
            if (!IsTemporaryName(name, prefix))
            {
                continue;
            }

            if (now - File.GetLastWriteTimeUtc(candidate) > AbandonedAfter)
            {
                TryDelete(candidate);
            }
        }
    }

    private static bool IsTemporaryName(string name, string prefix)
    {
        if (!name.StartsWith(prefix, StringComparison.Ordinal) || !name.EndsWith(TemporarySuffix, StringComparison.Ordinal))
        {
            return false;
        }

        var middle = name.AsSpan(prefix.Length, name.Length - prefix.Length - TemporarySuffix.Length);
        return middle.Length == 32 && Guid.TryParseExact(middle, "N", out _);
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // Leftovers are harmless: their names are never reused and they are swept on a later write.
        }
    }
}
