using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Sandbox;

namespace PersonalCapitalService.Tests.Support;

/// <summary>Sandboxes for service tests: made-up demo login, a fixed second-factor code, a fake clock at the real time.</summary>
internal static class TestSandbox
{
    public const string Username = "demo@example.com";
    public const string Password = "demo-password";
    public const string Code = "135790";

    public static FakeTimeProvider NewClock() => new(DateTimeOffset.UtcNow);

    public static Task<SandboxServer> StartAsync(Action<SandboxOptions>? configure = null, TimeProvider? time = null)
    {
        var options = new SandboxOptions { TwoFactorCode = Code };
        configure?.Invoke(options);
        return SandboxServer.StartAsync(options, time ?? NewClock());
    }
}
