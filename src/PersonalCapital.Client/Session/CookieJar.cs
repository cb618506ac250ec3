using System.Net;

namespace PersonalCapital.Client.Session;

/// <summary>Moves cookies between a live <see cref="CookieContainer"/> and their stored form.</summary>
public static class CookieJar
{
    // A label no real host uses, prefixed to a cookie's domain to ask the container whether the cookie
    // would also be sent to a subdomain, i.e. whether it was set with a Domain attribute.
    private const string SubdomainProbeLabel = "host-only-probe";

    /// <summary>Every cookie of <paramref name="container"/> that is still alive at <paramref name="now"/>.</summary>
    public static IReadOnlyList<StoredCookie> Capture(CookieContainer container, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(container);
        var stored = new List<StoredCookie>();
        foreach (var cookie in container.GetAllCookies().Cast<Cookie>())
        {
            var expires = ExpiryOf(cookie);
            if (cookie.Expired || (expires is { } e && e <= now))
            {
                continue;
            }

            stored.Add(new StoredCookie(
                cookie.Name,
                cookie.Value,
                cookie.Domain,
                string.IsNullOrEmpty(cookie.Path) ? "/" : cookie.Path,
                expires,
                cookie.Secure,
                cookie.HttpOnly,
                IsHostOnly(container, cookie)));
        }

        return stored;
    }

    /// <summary>
    /// Puts back the cookies that are still alive at <paramref name="now"/>, each with its original expiry,
    /// domain, path and flags, so that a cookie the upstream sets later replaces it instead of coexisting.
    /// Cookies the container refuses (malformed name or value) are skipped.
    /// </summary>
    /// <returns>How many cookies were added.</returns>
    public static int Restore(CookieContainer container, IEnumerable<StoredCookie> cookies, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(container);
        ArgumentNullException.ThrowIfNull(cookies);
        var restored = 0;
        foreach (var stored in cookies)
        {
            if (stored.IsExpiredAt(now) || string.IsNullOrEmpty(stored.Domain))
            {
                continue;
            }

            try
            {
                var cookie = new Cookie(stored.Name, stored.Value, string.IsNullOrEmpty(stored.Path) ? "/" : stored.Path)
                {
                    Secure = stored.Secure,
                    HttpOnly = stored.HttpOnly,
                    Expires = stored.Expires?.UtcDateTime ?? DateTime.MinValue,
                };

                if (stored.HostOnly)
                {
                    // With no Domain of its own the container takes the host of the URI and marks the cookie
                    // host-only, exactly as it does for a Set-Cookie without a Domain attribute.
                    var origin = new UriBuilder(stored.Secure ? Uri.UriSchemeHttps : Uri.UriSchemeHttp, stored.Domain).Uri;
                    container.Add(origin, cookie);
                }
                else
                {
                    cookie.Domain = stored.Domain;
                    container.Add(cookie);
                }

                restored++;
            }
            catch (Exception exception) when (exception is CookieException or UriFormatException or ArgumentException)
            {
                // A single unusable cookie costs at worst a login, not the whole session.
            }
        }

        return restored;
    }

    private static DateTimeOffset? ExpiryOf(Cookie cookie)
    {
        if (cookie.Expires == DateTime.MinValue)
        {
            return null;
        }

        // Cookie.Expired reads an unspecified kind as UTC; so does this.
        var utc = cookie.Expires.Kind == DateTimeKind.Local
            ? cookie.Expires.ToUniversalTime()
            : DateTime.SpecifyKind(cookie.Expires, DateTimeKind.Utc);
        return new DateTimeOffset(utc);
    }

    private static bool IsHostOnly(CookieContainer container, Cookie cookie)
    {
        if (cookie.Domain.StartsWith('.'))
        {
            return false;
        }

        // Domain cookies cannot apply to an IP address.
        if (IPAddress.TryParse(cookie.Domain.Trim('[', ']'), out _))
        {
            return true;
        }

        // CookieContainer records whether the Domain attribute was given but does not expose it.
        var path = string.IsNullOrEmpty(cookie.Path) ? "/" : cookie.Path;
        if (!Uri.TryCreate($"https://{SubdomainProbeLabel}.{cookie.Domain}{path}", UriKind.Absolute, out var probe))
        {
            return true;
        }

        return !container.GetCookies(probe).Any(candidate =>
            candidate.Name == cookie.Name
            && candidate.Path == cookie.Path
            && string.Equals(candidate.Domain, cookie.Domain, StringComparison.OrdinalIgnoreCase));
    }
}
