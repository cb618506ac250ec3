using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace PersonalCapital.Sandbox.Sessions;

/// <summary>
/// The one demo account: its password check with lockout after repeated failures, and the devices (<c>PMData</c>
/// cookies) it remembers. Thread-safe.
/// </summary>
internal sealed class DemoUser(TimeProvider time, IOptions<SandboxOptions> options)
{
    public const string DeviceCookieName = "PMData";
    public static readonly TimeSpan DeviceLifetime = TimeSpan.FromDays(365);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, DateTimeOffset> _trustedDevices = new(StringComparer.Ordinal);
    private int _failedPasswords;
    private DateTimeOffset? _lockedUntil;

    private SandboxOptions Options => options.Value;

    public string Username => Options.Username;

    public string UserGuid { get; } = Convert.ToHexString(SHA256.HashData("sandbox-user"u8)[..16]).ToLowerInvariant();

    public long PersonId => 4400123;

    public bool IsNamed(string? username) =>
        username is not null && string.Equals(username.Trim(), Options.Username, StringComparison.OrdinalIgnoreCase);

    public bool IsLocked
    {
        get
        {
            lock (_gate)
            {
                return LockedNow();
            }
        }
    }

    /// <summary>Checks a password. Wrong ones count towards the lockout; a right one resets the count.</summary>
    public PasswordCheck CheckPassword(string? password)
    {
        lock (_gate)
        {
            if (LockedNow())
            {
                return PasswordCheck.Locked;
            }
            if (string.Equals(password, Options.Password, StringComparison.Ordinal))
            {
                _failedPasswords = 0;
                return PasswordCheck.Accepted;
            }
            if (++_failedPasswords >= Options.LockoutThreshold)
            {
                _failedPasswords = 0;
                _lockedUntil = time.GetUtcNow() + Options.LockoutDuration;
                return PasswordCheck.Locked;
            }
            return PasswordCheck.Rejected;
        }
    }

    /// <summary>Issues a new device token, valid for <see cref="DeviceLifetime"/>.</summary>
    public string RememberDevice()
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(24));
        var expires = time.GetUtcNow() + DeviceLifetime;
        lock (_gate)
        {
            _trustedDevices[token] = expires;
        }
        return token;
    }

    public bool Remembers(string? deviceToken)
    {
        if (deviceToken is null)
        {
            return false;
        }
        lock (_gate)
        {
            return _trustedDevices.TryGetValue(deviceToken, out var expires) && expires > time.GetUtcNow();
        }
    }

    private bool LockedNow()
    {
        if (_lockedUntil is { } until && until > time.GetUtcNow())
        {
            return true;
        }
        _lockedUntil = null;
        return false;
    }
}

internal enum PasswordCheck
{
    Accepted,
    Rejected,
    Locked,
}
