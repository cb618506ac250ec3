using Microsoft.Extensions.Options;
using System.Net;

namespace PersonalCapitalService.Authentication;

/// <summary>
/// Counts wrong Basic credentials per client (<see cref="ClientKey"/>: an IPv4 address, IPv4-mapped IPv6 folded into
/// it, or an IPv6 /64). After <see cref="BasicAuthSettings.MaxFailures"/> within the window the client gets 429 for
/// <see cref="BasicAuthSettings.BlockDuration"/>, then starts afresh. A right login does not forgive earlier failures
/// (else a guesser sharing the owner's address would get fresh tries after every owner request). Requests without
/// credentials (a browser's first try) are not failures. The table holds at most <see cref="Capacity"/> clients, least
/// recently failed evicted first, so every request costs constant work and memory stays bounded.
/// </summary>
internal sealed partial class FailedLoginThrottle
{
    public const int DefaultCapacity = 10_000;

    private readonly IOptions<BasicAuthSettings> _settings;
    private readonly TimeProvider _time;
    private readonly ILogger<FailedLoginThrottle> _logger;
    private readonly Lock _gate = new();
    private readonly Dictionary<ClientKey, LinkedListNode<Entry>> _entries = [];

    // Least recently failed first.
    private readonly LinkedList<Entry> _order = new();

    public FailedLoginThrottle(IOptions<BasicAuthSettings> settings, TimeProvider time, ILogger<FailedLoginThrottle> logger)
        : this(settings, time, logger, DefaultCapacity)
    {
    }

    internal FailedLoginThrottle(IOptions<BasicAuthSettings> settings, TimeProvider time, ILogger<FailedLoginThrottle> logger, int capacity)
    {
        _settings = settings;
        _time = time;
        _logger = logger;
        Capacity = capacity;
    }

    /// <summary>Most clients tracked at once.</summary>
    public int Capacity { get; }

    /// <summary>Clients with a count or a block (for tests).</summary>
    internal int TrackedAddresses
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    private BasicAuthSettings Settings => _settings.Value;

    /// <summary>When a blocked client may try again; null when it is not blocked.</summary>
    public DateTimeOffset? BlockedUntil(IPAddress? address)
    {
        if (address is null)
        {
            return null;
        }
        var now = _time.GetUtcNow();
        lock (_gate)
        {
            return _entries.TryGetValue(ClientKey.Of(address), out var node) && node.Value.BlockedUntil is { } until && until > now
                ? until
                : null;
        }
    }

    public void RecordFailure(IPAddress? address)
    {
        if (address is null)
        {
            return;
        }
        var key = ClientKey.Of(address);
        var now = _time.GetUtcNow();
        int failures;
        var blocked = false;
        lock (_gate)
        {
            if (_entries.TryGetValue(key, out var node))
            {
                _order.Remove(node);
            }
            else
            {
                if (_entries.Count >= Capacity && _order.First is { } oldest)
                {
                    _order.RemoveFirst();
                    _entries.Remove(oldest.Value.Key);
                }
                node = new LinkedListNode<Entry>(new Entry(key));
                _entries[key] = node;
            }
            _order.AddLast(node);

            var entry = node.Value;
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
        var shown = key.Shown(address);
        LogFailure(_logger, failures, shown);
        if (blocked)
        {
            LogBlocked(_logger, (int)Settings.BlockDuration.TotalSeconds, shown);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Basic authentication failed ({Failures} in a row) from {ClientAddress:l}")]
    private static partial void LogFailure(ILogger logger, int failures, string clientAddress);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Basic authentication failed too often; throttled for {Seconds} s from {ClientAddress:l}")]
    private static partial void LogBlocked(ILogger logger, int seconds, string clientAddress);

    private sealed class Entry(ClientKey key)
    {
        public ClientKey Key { get; } = key;

        public DateTimeOffset WindowStart { get; set; } = DateTimeOffset.MinValue;

        public int Failures { get; set; }

        public DateTimeOffset? BlockedUntil { get; set; }
    }
}
