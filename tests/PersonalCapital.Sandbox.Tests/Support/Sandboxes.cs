using Microsoft.Extensions.Time.Testing;

namespace PersonalCapital.Sandbox.Tests.Support;

/// <summary>Starts sandboxes on free loopback ports, on a fake clock that starts at the real time.</summary>
internal static class Sandboxes
{
    public const string Username = "demo@example.com";
    public const string Password = "demo-password";
    public const string FixedCode = "246810";

    public static FakeTimeProvider NewClock() => new(DateTimeOffset.UtcNow);

    public static Task<SandboxServer> StartAsync(Action<SandboxOptions>? configure = null, TimeProvider? time = null)
    {
        // E-mail delivers here so the tests that predate undelivered e-mail (the default, §12) keep their meaning.
        var options = new SandboxOptions { TwoFactorCode = FixedCode, EmailDelivers = true };
        configure?.Invoke(options);
        return SandboxServer.StartAsync(options, time ?? NewClock());
    }
}
