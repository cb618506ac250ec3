namespace PersonalCapital.Client.Session;

/// <summary>
/// The session file exists but the service may not read it (permission denied, a folder in its place): something only
/// the owner can mend. <see cref="Exception.Message"/> is one sentence naming the path and the fix, never the content.
/// </summary>
public sealed class SessionFileAccessException(string message, Exception? innerException = null) : Exception(message, innerException);
