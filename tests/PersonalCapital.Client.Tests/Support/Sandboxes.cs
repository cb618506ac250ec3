using System.Net.Http.Json;
using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Sandbox;

namespace PersonalCapital.Client.Tests.Support;

/// <summary>
/// Starts sandboxes on free loopback ports and drives their control routes. A sandbox runs on a fake clock started at
/// the real time unless a test passes its own, so that no session ever expires by itself however slow the machine.
/// </summary>
internal static class Sandboxes
{
    public const string Username = "demo@example.com";
    public const string Password = "demo-password";
    public const string FixedCode = "246810";

    /// <summary>Starts a sandbox whose challenges expect <see cref="FixedCode"/> unless <paramref name="configure"/> says otherwise.</summary>
    public static Task<SandboxServer> StartAsync(Action<SandboxOptions>? configure = null, TimeProvider? time = null) =>
        StartAsync(Options(configure), time);

    public static Task<SandboxServer> StartAsync(SandboxOptions options, TimeProvider? time = null) =>
        SandboxServer.StartAsync(options, time ?? new FakeTimeProvider(DateTimeOffset.UtcNow));

    public static SandboxOptions Options(Action<SandboxOptions>? configure = null)
    {
        // E-mail delivers here so the tests that predate undelivered e-mail (the default, §12) keep their meaning.
        var options = new SandboxOptions { Username = Username, Password = Password, TwoFactorCode = FixedCode, EmailDelivers = true };
        configure?.Invoke(options);
        return options;
    }

    /// <summary><c>POST /sandbox/sessions/expire</c>: every live session loses its authentication, as after an idle timeout.</summary>
    public static async Task ExpireSessionsAsync(this SandboxServer sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        using var response = await http.PostAsync("sandbox/sessions/expire", content: null);
        response.EnsureSuccessStatusCode();
    }

    /// <summary><c>GET /sandbox/stats/encodings</c>: request bodies per encoding (multipart, urlencoded, json, none).</summary>
    public static async Task<CallCounts> GetEncodingsAsync(this SandboxServer sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var counts = await http.GetFromJsonAsync<Dictionary<string, int>>("sandbox/stats/encodings");
        return new CallCounts(counts ?? []);
    }

    /// <summary><c>GET /sandbox/stats</c>: calls per upstream path since the sandbox started.</summary>
    public static async Task<CallCounts> GetStatsAsync(this SandboxServer sandbox)
    {
        using var http = new HttpClient { BaseAddress = sandbox.BaseAddress };
        var counts = await http.GetFromJsonAsync<Dictionary<string, int>>("sandbox/stats");
        return new CallCounts(counts ?? []);
    }
}

/// <summary>A snapshot of the sandbox's calls per path; paths never called count zero.</summary>
internal sealed class CallCounts(IReadOnlyDictionary<string, int> counts)
{
    public int this[string path] => counts.TryGetValue(path, out var n) ? n : 0;

    /// <summary>Every upstream call, whatever the path.</summary>
    public int Total => counts.Values.Sum();

    /// <summary>Calls of any of the login paths (page, identify, challenge, code, password, multiauth).</summary>
    public int Login => UpstreamPaths.Login.Sum(path => this[path]);

    public int Challenges => UpstreamPaths.Challenges.Sum(path => this[path]);
}
