namespace PersonalCapital.Client.Session;

/// <summary>
/// One cookie of the upstream session with every attribute a cookie jar needs to send it back to the
/// right host and path; a name/value dictionary is not enough (see upstream-protocol.md §5).
/// </summary>
/// <param name="Expires">When the cookie dies; <see langword="null"/> for a session cookie.</param>
/// <param name="HostOnly">
/// Set without a <c>Domain</c> attribute, so sent to <paramref name="Domain"/> itself and not to its subdomains.
/// </param>
public sealed record StoredCookie(
    string Name,
    string Value,
    string Domain,
    string Path,
    DateTimeOffset? Expires,
    bool Secure,
    bool HttpOnly,
    bool HostOnly = false)
{
    public bool IsExpiredAt(DateTimeOffset now) => Expires is { } expires && expires <= now;

    // Cookie values are credentials; the generated record ToString would print them.
    public override string ToString() =>
        $"StoredCookie {{ Name = {Name}, Value = ***, Domain = {Domain}, Path = {Path}, Expires = {Expires:O}, Secure = {Secure}, HttpOnly = {HttpOnly}, HostOnly = {HostOnly} }}";
}
