namespace PersonalCapital.Client.Session;

/// <summary>The one sentence that tells the owner why the session file could not be written, and what to do.</summary>
internal static class SessionSaveProblem
{
    // errno values the runtime passes on in IOException.HResult on Linux.
    private const int NoSpace = 28;
    private const int ReadOnlyFileSystem = 30;

    public static string Describe(string sessionFile, Exception failure)
    {
        var why = failure switch
        {
            UnauthorizedAccessException => "permission denied (the folder or file belongs to another user, or is read-only)",
            IOException { HResult: NoSpace } => "the disk is full",
            IOException { HResult: ReadOnlyFileSystem } => "the file system is read-only",
            _ => failure.Message.TrimEnd('.'),
        };
        return $"The session could not be saved to {Path.GetFullPath(sessionFile)}: {why}. Data is still served, but the " +
            "next start will need a new login: make the folder writable by the service's user (in Docker, the /data volume).";
    }
}
