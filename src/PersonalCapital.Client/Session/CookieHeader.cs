namespace PersonalCapital.Client.Session;

/// <summary>
/// Reads a <c>Cookie</c> request header copied from a browser's developer tools (<c>name=value; name2=value2</c>, with
/// or without the leading <c>Cookie:</c>) into cookies for the upstream host. Messages never quote the input: it is a
/// signed-in session.
/// </summary>
public static class CookieHeader
{
    /// <summary>Far more than a real session's cookies; a paste beyond it is not a Cookie header.</summary>
    public const int MaxLength = 16_384;

    /// <exception cref="FormatException">The text is not a Cookie header; the message says why, without quoting it.</exception>
    public static IReadOnlyList<StoredCookie> Parse(string? header, Uri baseUrl)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        var text = (header ?? "").Trim();
        if (text.StartsWith("cookie:", StringComparison.OrdinalIgnoreCase))
        {
            text = text["cookie:".Length..].Trim();
        }
        if (text.Length == 0)
        {
            throw new FormatException("Paste the value of the Cookie request header; nothing was given.");
        }
        if (text.Length > MaxLength)
        {
            throw new FormatException($"That is longer than any Cookie header ({MaxLength} characters at most).");
        }
        if (text.Contains('\n') || text.Contains('\r'))
        {
            throw new FormatException("A Cookie header is one line: copy the value of the header alone.");
        }
        var cookies = new List<StoredCookie>();
        foreach (var pair in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new FormatException($"Cookie #{cookies.Count + 1} is not of the form name=value.");
            }
            var name = pair[..equals].Trim();
            var value = pair[(equals + 1)..].Trim();
            if (!name.All(IsTokenChar) || value.Any(c => c is ',' or ' ' or '\t' || char.IsControl(c)))
            {
                throw new FormatException($"Cookie #{cookies.Count + 1} has characters no cookie may carry.");
            }
            // Host-only for the API host: the bridge talks to no other host, whatever the browser's Domain was.
            cookies.Add(new StoredCookie(name, value, baseUrl.Host, "/", null,
                Secure: baseUrl.Scheme == Uri.UriSchemeHttps, HttpOnly: true, HostOnly: true));
        }
        if (cookies.Count == 0)
        {
            throw new FormatException("Paste the value of the Cookie request header; it held no cookie.");
        }
        return cookies;
    }

    private static bool IsTokenChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || "!#$%&'*+-.^_`|~".Contains(c, StringComparison.Ordinal);
}
