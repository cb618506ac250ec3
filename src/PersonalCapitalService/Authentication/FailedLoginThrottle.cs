using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;

namespace PersonalCapitalService.Authentication;

/// <summary>
/// Counts wrong Basic credentials per client address. After <see cref="BasicAuthSettings.MaxFailures"/> within the
/// window the address gets 429 for <see cref="BasicAuthSettings.BlockDuration"/>, then starts afresh. A right login
/// clears the count. Requests without credentials (a browser's first try) are not failures.
/// </summary>
internal sealed partial class FailedLoginThrottle(
    IOptions<BasicAuthSettings> settings,
    TimeProvider time,
    ILogger<FailedLoginThrottle> logger)
{
    private const int StaleSweepThreshold = 1024;

    private readonly ConcurrentDictionary<IPAddress, Entry> _entries = new();

    private BasicAuthSettings Settings => settings.Value;

    /// <summary>Addresses with a count or a block (for tests).</summary>
    internal int TrackedAddresses => _entries.Count;

    /// <summary>Time left before a blocked address may try again; null when it is not blocked.</summary>
    public TimeSpan? BlockedFor(IPAddress? address)
    {
        if (address is null || !_entries.TryGetValue(address, out var entry))
        {
            return null;
        }
        lock (entry)
        {
            var left = entry.BlockedUntil - time.GetUtcNow();
            return left > TimeSpan.Zero ? left : null;
        }
    }

    public void RecordFailure(IPAddress? address)
    {
        if (address is null)
        {
            return;
        }
        var now = time.GetUtcNow();
        ForgetStaleAddresses(now);
        var entry = _entries.GetOrAdd(address, _ => new Entry());
        int failures;
        var blocked = false;
        lock (entry)
        {
            if (now - entry.WindowStart > Settings.FailureWindow || entry.BlockedUntil is { } until && until <= now)
            {
                entry.WindowStart = now;
                entry.Failures = 0;
                entry.BlockedUntil = null;
            }
            failures = ++entry.Failures;
            if (failures >= Settings.MaxFailures && entry.BlockedUntil is null)
            {
                entry.BlockedUntil = now + Settings.BlockDuration;
                blocked = true;
            }
        }
        // One line per event, the address written bare (":l") in text and JSON alike, for fail2ban (README's failregex).
        LogFailure(logger, failures, address.ToString());
        if (blocked)
        {
            LogBlocked(logger, (int)Settings.BlockDuration.TotalSeconds, address.ToString());
        }
    }

    public void RecordSuccess(IPAddress? address)
    {
        if (address is not null)
        {
            _entries.TryRemove(address, out _);
        }
    }

    /// <summary>Addresses whose window and block are over are forgotten, so a scan from many addresses cannot grow the map forever.</summary>
    private void ForgetStaleAddresses(DateTimeOffset now)
    {
        if (_entries.Count < StaleSweepThreshold)
        {
            return;
        }
        foreach (var (address, entry) in _entries)
        {
            lock (entry)
            {
                if (now - entry.WindowStart > Settings.FailureWindow && !(entry.BlockedUntil > now))
                {
                    _entries.TryRemove(address, out _);
                }
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Basic authentication failed ({Failures} in a row) from {ClientAddress:l}")]
    private static partial void LogFailure(ILogger logger, int failures, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Basic authentication failed too often; throttled for {Seconds} s from {ClientAddress:l}")]
    private static partial void LogBlocked(ILogger logger, int seconds, string clientAddress);

    private sealed class Entry
    {
        public DateTimeOffset WindowStart { get; set; } = DateTimeOffset.MinValue;

        public int Failures { get; set; }

        public DateTimeOffset? BlockedUntil { get; set; }
    }
}
