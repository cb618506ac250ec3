namespace PersonalCapitalService.Notifications;

/// <summary>The services a notification can go to.</summary>
public enum NotificationKind
{
    Ntfy,
    Gotify,
    Discord,
    Slack,
    HomeAssistant,
    Json,
}

/// <summary>
/// One <c>Notify__Urls__n</c>: where to send and in which format. The URL often carries a token, so only
/// <see cref="Described"/> (kind and host) is ever logged.
/// </summary>
public sealed record NotificationTarget(NotificationKind Kind, Uri Endpoint, string? BearerToken)
{
    private static readonly Dictionary<string, NotificationKind> Prefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["ntfy"] = NotificationKind.Ntfy,
        ["gotify"] = NotificationKind.Gotify,
        ["discord"] = NotificationKind.Discord,
        ["slack"] = NotificationKind.Slack,
        ["homeassistant"] = NotificationKind.HomeAssistant,
        ["json"] = NotificationKind.Json,
    };

    /// <summary>For logs: the kind and the host, never the path or query (a webhook's path is its secret).</summary>
    public string Described => $"{Kind} at {Endpoint.Host}";

    /// <summary>
    /// Reads a target. A <c>kind+</c> prefix names the format (<c>ntfy+https://ntfy.example/topic</c>,
    /// <c>gotify+https://gotify.example/?token=…</c>, <c>discord+…</c>, <c>slack+…</c>, <c>homeassistant+…</c>,
    /// <c>json+…</c>); without one the well-known hosts and paths tell (ntfy.sh, discord.com/api/webhooks,
    /// hooks.slack.com, <c>/api/webhook/</c> of Home Assistant, Gotify's <c>/message</c>), anything else is JSON.
    /// </summary>
    /// <returns>Null when <paramref name="url"/> is no absolute http(s) URL.</returns>
    public static NotificationTarget? Parse(string? url)
    {
        var text = url?.Trim() ?? "";
        NotificationKind? named = null;
        var plus = text.IndexOf('+', StringComparison.Ordinal);
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        if (plus > 0 && plus < colon)
        {
            if (!Prefixes.TryGetValue(text[..plus], out var kind))
            {
                return null;
            }
            named = kind;
            text = text[(plus + 1)..];
        }
        if (!Uri.TryCreate(text, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return null;
        }
        var token = uri.UserInfo.Length > 0 ? Uri.UnescapeDataString(uri.UserInfo) : null;
        var endpoint = new UriBuilder(uri) { UserName = "", Password = "" }.Uri;
        var resolved = named ?? Guess(endpoint);
        if (resolved == NotificationKind.Gotify && !endpoint.AbsolutePath.EndsWith("/message", StringComparison.Ordinal))
        {
            // Gotify's API is POST /message?token=…; the server's own address is what owners copy.
            var builder = new UriBuilder(endpoint);
            builder.Path = builder.Path.TrimEnd('/') + "/message";
            endpoint = builder.Uri;
        }
        return new NotificationTarget(resolved, endpoint, token);
    }

    private static NotificationKind Guess(Uri uri) => uri switch
    {
        _ when uri.Host.Equals("ntfy.sh", StringComparison.OrdinalIgnoreCase) => NotificationKind.Ntfy,
        _ when (uri.Host.EndsWith("discord.com", StringComparison.OrdinalIgnoreCase) || uri.Host.EndsWith("discordapp.com", StringComparison.OrdinalIgnoreCase))
            && uri.AbsolutePath.StartsWith("/api/webhooks/", StringComparison.Ordinal) => NotificationKind.Discord,
        _ when uri.Host.Equals("hooks.slack.com", StringComparison.OrdinalIgnoreCase) => NotificationKind.Slack,
        _ when uri.AbsolutePath.Contains("/api/webhook/", StringComparison.Ordinal) => NotificationKind.HomeAssistant,
        _ when uri.AbsolutePath.EndsWith("/message", StringComparison.Ordinal) && uri.Query.Contains("token=", StringComparison.Ordinal) => NotificationKind.Gotify,
        _ => NotificationKind.Json,
    };

    // The endpoint may hold a token: the generated ToString would print it.
    public override string ToString() => Described;
}
