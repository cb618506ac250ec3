using System.Globalization;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;

namespace PersonalCapitalService.Notifications;

/// <summary>Each service's request for one notification, as its documentation describes it.</summary>
internal static class NotificationRequests
{
    /// <summary>Discord refuses longer contents.</summary>
    private const int DiscordLimit = 2000;

    public static HttpRequestMessage Build(NotificationTarget target, Notification notification)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, target.Endpoint)
        {
            Content = target.Kind switch
            {
                NotificationKind.Ntfy => Ntfy(notification),
                NotificationKind.Gotify => JsonContent.Create(new JsonObject
                {
                    ["title"] = notification.Title,
                    ["message"] = notification.Message,
                    ["priority"] = notification.NeedsHuman ? 8 : 4,
                    ["extras"] = new JsonObject
                    {
                        ["client::notification"] = new JsonObject { ["click"] = new JsonObject { ["url"] = notification.Link } },
                    },
                }),
                NotificationKind.Discord => JsonContent.Create(new JsonObject
                {
                    ["content"] = Truncate($"**{notification.Title}**\n{notification.Message}", DiscordLimit),
                }),
                NotificationKind.Slack => JsonContent.Create(new JsonObject { ["text"] = $"*{notification.Title}*\n{notification.Message}" }),
                NotificationKind.HomeAssistant => JsonContent.Create(new JsonObject
                {
                    ["event"] = notification.Event,
                    ["title"] = notification.Title,
                    ["message"] = notification.Message,
                    ["link"] = notification.Link,
                }),
                _ => JsonContent.Create(new JsonObject
                {
                    ["event"] = notification.Event,
                    ["title"] = notification.Title,
                    ["message"] = notification.Message,
                    ["link"] = notification.Link,
                    ["needsHuman"] = notification.NeedsHuman,
                    ["at"] = notification.At.ToString("O", CultureInfo.InvariantCulture),
                }),
            },
        };
        if (target.BearerToken is { Length: > 0 } token)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (target.Kind == NotificationKind.Ntfy)
        {
            // ntfy takes the text as the body and the rest as headers (Title must be ASCII-safe: RFC 2047 otherwise).
            request.Headers.TryAddWithoutValidation("Title", Ascii(notification.Title));
            request.Headers.TryAddWithoutValidation("Click", notification.Link);
            request.Headers.TryAddWithoutValidation("Tags", notification.NeedsHuman ? "warning" : "white_check_mark");
            request.Headers.TryAddWithoutValidation("Priority", notification.NeedsHuman ? "high" : "default");
        }
        return request;
    }

    private static StringContent Ntfy(Notification notification) => new(notification.Message, Encoding.UTF8, "text/plain");

    private static string Truncate(string text, int limit) => text.Length <= limit ? text : text[..(limit - 1)] + "…";

    private static string Ascii(string text) => new([.. text.Select(c => c < 128 && !char.IsControl(c) ? c : '-')]);
}
