using System.Net;

namespace PersonalCapital.Client.Transport;

/// <summary>
/// The upstream session's cookie jar. One per client, shared by every handler the HTTP client factory creates,
/// so handler rotation never loses the session.
/// </summary>
internal sealed class SessionCookies
{
    public CookieContainer Container { get; } = new();
}
