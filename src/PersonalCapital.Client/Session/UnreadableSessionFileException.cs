namespace PersonalCapital.Client.Session;

/// <summary>session.json exists but cannot be used; <see cref="Exception.Message"/> says why without quoting it.</summary>
internal sealed class UnreadableSessionFileException(string reason) : Exception(reason);
