using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;
using PersonalCapitalService.Notifications;
using PersonalCapitalService.OwnerData;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Notifications;

/// <summary>
/// The owner hears once per episode, never per request: a code is needed, the upstream blocks, the sync has failed
/// for longer than Notify__SyncFailureAfter, and each recovery; in every format, sent to a real receiver on loopback.
/// </summary>
public sealed class NotificationTests
{
    private static readonly string[] Kinds = ["ntfy", "gotify", "discord", "slack", "homeassistant", "json"];

    [Fact]
    public async Task A_needed_code_is_told_once_to_every_target_and_its_recovery_once()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await StartAsync(sandbox, receiver);
        var monitor = service.Services.GetRequiredService<NotificationMonitor>();

        for (var i = 0; i < 3; i++)
        {
            using var refused = await service.Client.GetAsync("accounts");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            await monitor.CheckAsync(CancellationToken.None);
        }

        Assert.Equal(Kinds.Length, receiver.Received.Count);
        var json = Body(receiver, "json");
        Assert.Equal("second-factor", json["event"]!.GetValue<string>());
        Assert.Equal("Empower wants a code", json["title"]!.GetValue<string>());
        Assert.Equal("https://pcs.example/login", json["link"]!.GetValue<string>());
        Assert.Contains("https://pcs.example/login", json["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("login --send sms", json["message"]!.GetValue<string>(), StringComparison.Ordinal);
        AssertFormats(receiver, "Empower wants a code");

        await service.LogInAsync();
        await monitor.CheckAsync(CancellationToken.None);
        await monitor.CheckAsync(CancellationToken.None);

        Assert.Equal(2 * Kinds.Length, receiver.Received.Count);
        var recovered = Body(receiver, "json", last: true);
        Assert.Equal("recovered", recovered["event"]!.GetValue<string>());
        Assert.Equal("The bridge is signed in again", recovered["title"]!.GetValue<string>());
        Assert.DoesNotContain(TestSandbox.Password, string.Join("\n", receiver.Received.Select(r => r.Body)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cloudflare_challenge_is_told_once_with_its_cool_down()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        var faults = new PersonalCapital.Sandbox.FaultOptions();
        await using var sandbox = await TestSandbox.StartAsync(o => o.Faults = faults);
        await using var service = await StartAsync(sandbox, receiver, ["json"]);
        await service.LogInAsync();
        var monitor = service.Services.GetRequiredService<NotificationMonitor>();
        faults.Cloudflare = 1;

        for (var i = 0; i < 3; i++)
        {
            using var blocked = await service.Client.GetAsync("accounts");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, blocked.StatusCode);
            await monitor.CheckAsync(CancellationToken.None);
        }

        var told = Assert.Single(receiver.Received);
        var body = JsonNode.Parse(told.Body)!;
        Assert.Equal("blocked", body["event"]!.GetValue<string>());
        Assert.Contains("No automatic call before", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("import a session", body["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_sync_failing_longer_than_the_setting_is_told_once_and_its_recovery_once()
    {
        await using var receiver = await NotificationReceiver.StartAsync();
        await using var sandbox = await TestSandbox.StartAsync();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 1, 12, 0, 0, TimeSpan.Zero));
        var lastSuccess = clock.GetUtcNow();
        var sync = new Mock<ISyncStatusSource>();
        sync.SetupGet(s => s.Current).Returns(() => Status(SyncStatus.Failed, lastSuccess, "getUserTransactions: the upstream answered HTTP 502."));
        await using var service = await StartAsync(sandbox, receiver, ["json"], clock,
            extra: new() { ["Notify:SyncFailureAfter"] = "02:00:00" });
        await service.LogInAsync();
        // The service's own sync source is real; this monitor reads a mocked one (the seam), everything else is the service's.
        using var seam = new ServiceCollection().AddSingleton(sync.Object).BuildServiceProvider();
        using var monitor = new NotificationMonitor(
            service.Upstream,
            seam,
            service.Services.GetRequiredService<IHttpClientFactory>(),
            service.Services.GetRequiredService<IOptions<NotifySettings>>(),
            clock,
            service.Services.GetRequiredService<ILogger<NotificationMonitor>>());

        clock.Advance(TimeSpan.FromMinutes(119));
        await monitor.CheckAsync(CancellationToken.None);
        Assert.Empty(receiver.Received);

        clock.Advance(TimeSpan.FromMinutes(1));
        await monitor.CheckAsync(CancellationToken.None);
        clock.Advance(TimeSpan.FromHours(3));
        await monitor.CheckAsync(CancellationToken.None);

        var failing = JsonNode.Parse(Assert.Single(receiver.Received).Body)!;
        Assert.Equal("sync-failing", failing["event"]!.GetValue<string>());
        Assert.Contains("2026-03-01 12:00 UTC", failing["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("HTTP 502", failing["message"]!.GetValue<string>(), StringComparison.Ordinal);

        lastSuccess = clock.GetUtcNow();
        sync.SetupGet(s => s.Current).Returns(() => Status(SyncStatus.Idle, lastSuccess, null));
        await monitor.CheckAsync(CancellationToken.None);
        await monitor.CheckAsync(CancellationToken.None);

        Assert.Equal(2, receiver.Received.Count);
        Assert.Equal("The bridge's sync works again", JsonNode.Parse(receiver.Received[^1].Body)!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task Without_a_sync_source_or_targets_the_service_starts_and_sends_nothing()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);

        var due = await service.Services.GetRequiredService<NotificationMonitor>().CheckAsync(CancellationToken.None);

        Assert.Empty(due);
    }

    [Theory]
    [InlineData("ftp://example.com/hook")]
    [InlineData("pigeon+https://example.com/hook")]
    [InlineData("not a url")]
    public async Task A_target_that_is_no_url_stops_the_start(string url)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var failure = await Assert.ThrowsAnyAsync<Exception>(() =>
            RunningService.StartAsync(sandbox, new Dictionary<string, string?> { ["Notify:Urls:0"] = url }));

        Assert.Contains("Notify:Urls", failure.Message, StringComparison.Ordinal);
    }

    private static async Task<RunningService> StartAsync(
        PersonalCapital.Sandbox.SandboxServer sandbox,
        NotificationReceiver receiver,
        string[]? kinds = null,
        TimeProvider? time = null,
        Dictionary<string, string?>? extra = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Notify:PublicUrl"] = "https://pcs.example",
            // The background loop never fires in a test; the test calls the check itself.
            ["Notify:CheckInterval"] = "1.00:00:00",
        };
        var index = 0;
        foreach (var kind in kinds ?? Kinds)
        {
            var path = kind switch
            {
                "gotify" => "gotify/?token=made-up-gotify-token",
                "homeassistant" => "api/webhook/made-up-hook-id",
                _ => kind + "/made-up-topic",
            };
            settings[$"Notify:Urls:{index++}"] = $"{kind}+{new Uri(receiver.BaseAddress, path).AbsoluteUri}";
        }
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }
        return await RunningService.StartAsync(sandbox, settings, time);
    }

    private static JsonNode Body(NotificationReceiver receiver, string kind, bool last = false)
    {
        var matching = receiver.Received.Where(r => r.PathAndQuery.StartsWith("/" + kind + "/", StringComparison.Ordinal)).ToList();
        return JsonNode.Parse((last ? matching[^1] : matching[0]).Body)!;
    }

    private static void AssertFormats(NotificationReceiver receiver, string title)
    {
        var ntfy = receiver.Received.Single(r => r.PathAndQuery.StartsWith("/ntfy/", StringComparison.Ordinal));
        Assert.StartsWith("text/plain", ntfy.ContentType, StringComparison.Ordinal);
        Assert.Equal(title, ntfy.Headers["Title"]);
        Assert.Equal("https://pcs.example/login", ntfy.Headers["Click"]);
        Assert.Equal("high", ntfy.Headers["Priority"]);
        Assert.Contains("second factor", ntfy.Body, StringComparison.Ordinal);

        var gotify = receiver.Received.Single(r => r.PathAndQuery.StartsWith("/gotify/", StringComparison.Ordinal));
        Assert.Equal("/gotify/message?token=made-up-gotify-token", gotify.PathAndQuery);
        Assert.Equal(title, JsonNode.Parse(gotify.Body)!["title"]!.GetValue<string>());
        Assert.Equal(8, JsonNode.Parse(gotify.Body)!["priority"]!.GetValue<int>());

        Assert.StartsWith($"**{title}**", Body(receiver, "discord")["content"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith($"*{title}*", Body(receiver, "slack")["text"]!.GetValue<string>(), StringComparison.Ordinal);
        var homeAssistant = JsonNode.Parse(receiver.Received.Single(r => r.PathAndQuery.StartsWith("/api/webhook/", StringComparison.Ordinal)).Body)!;
        Assert.Equal("second-factor", homeAssistant["event"]!.GetValue<string>());
    }

    private static SyncStatus Status(string state, DateTimeOffset? lastSuccess, string? error) =>
        new(state, lastSuccess, error, error is null ? null : lastSuccess, null, new SyncCounts(0, 0), null, null);
}
