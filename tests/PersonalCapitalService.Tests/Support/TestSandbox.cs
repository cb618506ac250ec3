using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Sandbox;

namespace PersonalCapitalService.Tests.Support;

/// <summary>Sandboxes for service tests: made-up demo login, a fixed 4-digit second-factor code, a fake clock at the real time.</summary>
internal static class TestSandbox
{
    public const string Username = "demo@example.com";
    public const string Password = "demo-password";
    /// <summary>4 digits, as today's SMS codes (§12).</summary>
    public const string Code = "1034";

    public static FakeTimeProvider NewClock() => new(DateTimeOffset.UtcNow);

    public static Task<SandboxServer> StartAsync(Action<SandboxOptions>? configure = null, TimeProvider? time = null)
    {
        // E-mail delivers here so the tests that predate undelivered e-mail (the default, §12) keep their meaning.
        var options = new SandboxOptions { TwoFactorCode = Code, EmailDelivers = true };
        configure?.Invoke(options);
        return SandboxServer.StartAsync(options, time ?? NewClock());
    }
}
