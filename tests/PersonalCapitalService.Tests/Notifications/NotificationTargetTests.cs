using PersonalCapitalService.Notifications;

namespace PersonalCapitalService.Tests.Notifications;

public sealed class NotificationTargetTests
{
    [Theory]
    [InlineData("https://ntfy.sh/pcs-made-up", NotificationKind.Ntfy, "https://ntfy.sh/pcs-made-up")]
    [InlineData("ntfy+https://ntfy.example/pcs", NotificationKind.Ntfy, "https://ntfy.example/pcs")]
    [InlineData("https://discord.com/api/webhooks/1/made-up", NotificationKind.Discord, "https://discord.com/api/webhooks/1/made-up")]
    [InlineData("https://hooks.slack.com/services/T/B/made-up", NotificationKind.Slack, "https://hooks.slack.com/services/T/B/made-up")]
    [InlineData("http://homeassistant.local:8123/api/webhook/made-up", NotificationKind.HomeAssistant, "http://homeassistant.local:8123/api/webhook/made-up")]
    [InlineData("https://gotify.example/message?token=made-up", NotificationKind.Gotify, "https://gotify.example/message?token=made-up")]
    [InlineData("gotify+https://gotify.example/?token=made-up", NotificationKind.Gotify, "https://gotify.example/message?token=made-up")]
    [InlineData("https://example.com/hooks/pcs", NotificationKind.Json, "https://example.com/hooks/pcs")]
    public void Known_services_are_told_by_prefix_or_by_address(string url, NotificationKind kind, string endpoint)
    {
        var target = NotificationTarget.Parse(url)!;

        Assert.Equal(kind, target.Kind);
        Assert.Equal(endpoint, target.Endpoint.AbsoluteUri);
    }

    [Fact]
    public void A_token_in_the_user_part_becomes_a_bearer_token_and_is_never_described()
    {
        var target = NotificationTarget.Parse("ntfy+https://tk_madeup@ntfy.example/pcs")!;

        Assert.Equal("tk_madeup", target.BearerToken);
        Assert.Equal("https://ntfy.example/pcs", target.Endpoint.AbsoluteUri);
        Assert.Equal("Ntfy at ntfy.example", target.ToString());
        Assert.DoesNotContain("made", NotificationTarget.Parse("https://discord.com/api/webhooks/1/made-up")!.Described, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("mailto:owner@example.com")]
    [InlineData("pigeon+https://example.com/")]
    [InlineData("/relative/hook")]
    public void Anything_else_is_no_target(string url) => Assert.Null(NotificationTarget.Parse(url));
}
