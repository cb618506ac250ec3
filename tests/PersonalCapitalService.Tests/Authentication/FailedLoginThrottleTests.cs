using System.Net;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PersonalCapitalService.Authentication;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Authentication;

/// <summary>The Basic-auth throttle: counted per normalised client, never forgiven by a success, bounded, on a fake clock.</summary>
public sealed class FailedLoginThrottleTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 14, 9, 26, 53, TimeSpan.Zero));

    [Fact]
    public void Every_address_of_an_ipv6_64_counts_as_one_client()
    {
        var throttle = NewThrottle(maxFailures: 3);

        throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2::1"));
        throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2:aaaa::2"));
        throttle.RecordFailure(IPAddress.Parse("2001:db8:1:2:ffff:ffff:ffff:ffff"));

        Assert.NotNull(throttle.BlockedUntil(IPAddress.Parse("2001:db8:1:2::99")));
        Assert.Null(throttle.BlockedUntil(IPAddress.Parse("2001:db8:1:3::1")));
    }

    [Fact]
    public void An_ipv4_mapped_address_counts_with_its_ipv4_form()
    {
        var throttle = NewThrottle(maxFailures: 2);

        throttle.RecordFailure(IPAddress.Parse("::ffff:203.0.113.7"));
        throttle.RecordFailure(IPAddress.Parse("203.0.113.7"));

        Assert.NotNull(throttle.BlockedUntil(IPAddress.Parse("203.0.113.7")));
        Assert.NotNull(throttle.BlockedUntil(IPAddress.Parse("::ffff:203.0.113.7")));
        Assert.Null(throttle.BlockedUntil(IPAddress.Parse("203.0.113.8")));
    }

    [Fact]
    public void The_table_stays_bounded_under_a_scan_from_many_addresses_and_keeps_the_latest()
    {
        var throttle = NewThrottle(maxFailures: 1, capacity: 100);

        for (var i = 0; i < 5000; i++)
        {
            throttle.RecordFailure(new IPAddress([10, (byte)(i / 65536), (byte)(i / 256 % 256), (byte)(i % 256)]));
        }

        Assert.Equal(100, throttle.TrackedAddresses);
        Assert.NotNull(throttle.BlockedUntil(new IPAddress([10, 0, 19, 135])));   // the last one, 4999
        Assert.Null(throttle.BlockedUntil(new IPAddress([10, 0, 0, 0])));
    }

    [Fact]
    public void A_block_ends_after_its_duration_and_the_count_starts_afresh()
    {
        var throttle = NewThrottle(maxFailures: 2);
        var address = IPAddress.Parse("198.51.100.4");
        throttle.RecordFailure(address);
        throttle.RecordFailure(address);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromMinutes(5), throttle.BlockedUntil(address));

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Null(throttle.BlockedUntil(address));
        throttle.RecordFailure(address);
        Assert.Null(throttle.BlockedUntil(address));
    }

    [Fact]
    public async Task A_right_login_does_not_forgive_earlier_wrong_ones_and_the_429_says_when_it_ends()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox, new Dictionary<string, string?>
        {
            ["BasicAuth:MaxFailures"] = "3",
        }, _clock);
        using var guesser = service.NewClient(RunningService.BasicUser, "guess");

        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await service.Client.GetAsync("")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("")).StatusCode);

        using var blocked = await service.Client.GetAsync("");
        Assert.Equal(HttpStatusCode.TooManyRequests, blocked.StatusCode);
        var problem = await Routes.ProblemAssertions.AssertProblemAsync(blocked, HttpStatusCode.TooManyRequests, "blocked");
        Assert.Contains("try again in 300 seconds, after 2026-03-14 09:31:53 UTC", problem["detail"]!.GetValue<string>());
    }

    [Fact]
    public async Task A_failed_basic_login_is_one_log_line()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        await using var service = await RunningService.StartAsync(sandbox);
        using var guesser = service.NewClient(RunningService.BasicUser, "guess");
        var before = service.Logs.Lines.Count;

        Assert.Equal(HttpStatusCode.Unauthorized, (await guesser.GetAsync("accounts")).StatusCode);
        await Task.Delay(100);   // the request line, were there one, is written as the response completes

        var lines = service.Logs.Lines.Skip(before).Where(l => !l.Contains("Microsoft.Hosting", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, string.Join("\n", lines));
        Assert.Contains("Basic authentication failed", lines[0]);
    }

    private FailedLoginThrottle NewThrottle(int maxFailures, int capacity = FailedLoginThrottle.DefaultCapacity) =>
        new(Options.Create(new BasicAuthSettings { MaxFailures = maxFailures }), _clock, NullLogger<FailedLoginThrottle>.Instance, capacity);
}
