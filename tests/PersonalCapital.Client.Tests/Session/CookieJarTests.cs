using System.Globalization;
using System.Net;
using PersonalCapital.Client.Session;

namespace PersonalCapital.Client.Tests.Session;

/// <remarks>
/// CookieContainer checks expiry against the real clock, so cookie dates here are relative to the real
/// now; the "now" handed to CookieJar is moved around that to test its own filtering.
/// </remarks>
public class CookieJarTests
{
    private static readonly Uri Sandbox = new("http://127.0.0.1:5123/api/login/querySession");
    private static readonly Uri Api = new("https://api.dashboard.example/api/newaccount/getAccounts2");

    private readonly DateTimeOffset now = DateTimeOffset.UtcNow;
    private readonly DateTimeOffset tomorrow;

    public CookieJarTests()
    {
        // Set-Cookie dates have whole seconds.
        tomorrow = now.AddDays(1).AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond));
    }

    [Fact]
    public void Capture_keeps_every_attribute()
    {
        var container = UpstreamJar();

        var stored = CookieJar.Capture(container, now).ToDictionary(cookie => cookie.Name);

        Assert.Equal(
            new StoredCookie("JSESSIONID", "sandbox-session-1", "127.0.0.1", "/", null, Secure: false, HttpOnly: true, HostOnly: true),
            stored["JSESSIONID"]);
        Assert.Equal(
            new StoredCookie("AWSALB", "sticky-1", "127.0.0.1", "/api", tomorrow, Secure: true, HttpOnly: false, HostOnly: true),
            stored["AWSALB"]);
        Assert.Equal(
            new StoredCookie("PMData", "device-1", ".dashboard.example", "/", tomorrow, Secure: true, HttpOnly: true, HostOnly: false),
            stored["PMData"]);
        Assert.Equal(
            new StoredCookie("REMEMBER", "remember-1", "dashboard.example", "/", null, Secure: false, HttpOnly: false, HostOnly: false),
            stored["REMEMBER"]);
        Assert.Equal(
            new StoredCookie("APIONLY", "api-1", "api.dashboard.example", "/", null, Secure: false, HttpOnly: false, HostOnly: true),
            stored["APIONLY"]);
        Assert.Equal(5, stored.Count);
    }

    [Fact]
    public void Restored_cookies_go_to_the_same_hosts_and_paths_as_before()
    {
        var original = UpstreamJar();
        var restored = new CookieContainer();

        var count = CookieJar.Restore(restored, CookieJar.Capture(original, now), now);

        Assert.Equal(5, count);
        var probes = new[]
        {
            Sandbox,
            new Uri("http://127.0.0.1:5123/"),
            new Uri("https://127.0.0.1:5123/api/x"),
            new Uri("http://127.0.0.2:5123/api/x"),
            Api,
            new Uri("https://www.dashboard.example/"),
            new Uri("https://deep.api.dashboard.example/"),
            new Uri("http://api.dashboard.example/"),
            new Uri("https://elsewhere.example/"),
        };
        foreach (var probe in probes)
        {
            Assert.Equal(Header(original, probe), Header(restored, probe));
        }

        // Spelled out, so the test does not only agree with the container about itself.
        Assert.Equal("JSESSIONID=sandbox-session-1", Header(restored, Sandbox));
        Assert.Equal("AWSALB=sticky-1; JSESSIONID=sandbox-session-1", Header(restored, new Uri("https://127.0.0.1:5123/api/x")));
        Assert.Equal(string.Empty, Header(restored, new Uri("http://127.0.0.2:5123/api/x")));
        Assert.Equal("APIONLY=api-1; PMData=device-1; REMEMBER=remember-1", Header(restored, Api));
        Assert.Equal("PMData=device-1; REMEMBER=remember-1", Header(restored, new Uri("https://deep.api.dashboard.example/")));
        Assert.Equal("APIONLY=api-1; REMEMBER=remember-1", Header(restored, new Uri("http://api.dashboard.example/")));
    }

    [Fact]
    public void Restored_cookies_keep_their_flags_and_exact_expiry()
    {
        var restored = new CookieContainer();

        CookieJar.Restore(restored, CookieJar.Capture(UpstreamJar(), now), now);

        var pmData = restored.GetCookies(Api)["PMData"]!;
        Assert.Equal(tomorrow.UtcDateTime, pmData.Expires.ToUniversalTime());
        Assert.True(pmData.Secure);
        Assert.True(pmData.HttpOnly);
        var session = restored.GetCookies(Sandbox)["JSESSIONID"]!;
        Assert.Equal(DateTime.MinValue, session.Expires);
        Assert.True(session.HttpOnly);
    }

    [Fact]
    public void A_cookie_the_upstream_sets_again_replaces_the_restored_one()
    {
        // personalcapital2 found that a stale restored cookie next to a fresh one breaks the session.
        var restored = new CookieContainer();
        CookieJar.Restore(restored, CookieJar.Capture(UpstreamJar(), now), now);

        restored.SetCookies(Sandbox, "JSESSIONID=sandbox-session-2; Path=/; HttpOnly");
        restored.SetCookies(Api, "PMData=device-2; Domain=.dashboard.example; Path=/; Secure; HttpOnly; Max-Age=3600");
        restored.SetCookies(Api, "APIONLY=api-2; Path=/");
        restored.SetCookies(Api, "REMEMBER=remember-2; Domain=dashboard.example; Path=/");

        Assert.Equal("JSESSIONID=sandbox-session-2", Header(restored, Sandbox));
        Assert.Equal("APIONLY=api-2; PMData=device-2; REMEMBER=remember-2", Header(restored, Api));
        Assert.Equal(5, restored.Count);
    }

    [Fact]
    public void Capture_leaves_out_cookies_expired_at_the_given_time()
    {
        var afterTomorrow = tomorrow.AddSeconds(1);

        var stored = CookieJar.Capture(UpstreamJar(), afterTomorrow);

        Assert.Equal(["APIONLY", "JSESSIONID", "REMEMBER"], stored.Select(cookie => cookie.Name).Order());
    }

    [Fact]
    public void Capture_leaves_out_cookies_the_container_already_considers_expired()
    {
        var container = new CookieContainer();
        container.Add(new Cookie("GONE", "x", "/", "127.0.0.1") { Expires = now.AddHours(1).UtcDateTime });
        container.Add(new Cookie("KEPT", "y", "/", "127.0.0.1"));
        container.GetAllCookies()["GONE"]!.Expired = true;

        var stored = CookieJar.Capture(container, now);

        Assert.Equal(["KEPT"], stored.Select(cookie => cookie.Name));
    }

    [Fact]
    public void Restore_skips_cookies_expired_at_the_given_time_and_never_extends_an_expiry()
    {
        var container = new CookieContainer();
        var inAnHour = now.AddHours(1);
        var cookies = new[]
        {
            new StoredCookie("SHORT", "a", "127.0.0.1", "/", inAnHour, false, false, true),
            new StoredCookie("LONG", "b", "127.0.0.1", "/", now.AddDays(300), false, false, true),
            new StoredCookie("OLD", "c", "127.0.0.1", "/", now.AddSeconds(-1), false, false, true),
        };

        var count = CookieJar.Restore(container, cookies, now.AddHours(2));

        Assert.Equal(1, count);
        Assert.Equal("LONG=b", Header(container, Sandbox));

        var fresh = new CookieContainer();
        CookieJar.Restore(fresh, cookies, now);
        Assert.Equal(inAnHour.UtcDateTime, fresh.GetCookies(Sandbox)["SHORT"]!.Expires.ToUniversalTime());
    }

    [Fact]
    public void Restore_skips_a_cookie_the_container_refuses_and_keeps_the_rest()
    {
        var container = new CookieContainer();
        var cookies = new[]
        {
            new StoredCookie("bad;name", "a", "127.0.0.1", "/", null, false, false, true),
            new StoredCookie("GOOD", "b", "127.0.0.1", "/", null, false, false, true),
        };

        var count = CookieJar.Restore(container, cookies, now);

        Assert.Equal(1, count);
        Assert.Equal("GOOD=b", Header(container, Sandbox));
    }

    private CookieContainer UpstreamJar()
    {
        var expires = tomorrow.UtcDateTime.ToString("R", CultureInfo.InvariantCulture);
        var container = new CookieContainer();
        container.SetCookies(Sandbox, "JSESSIONID=sandbox-session-1; Path=/; HttpOnly");
        container.SetCookies(Sandbox, $"AWSALB=sticky-1; Path=/api; Secure; Expires={expires}");
        container.SetCookies(Api, $"PMData=device-1; Domain=.dashboard.example; Path=/; Secure; HttpOnly; Expires={expires}");
        container.SetCookies(Api, "REMEMBER=remember-1; Domain=dashboard.example; Path=/");
        container.SetCookies(Api, "APIONLY=api-1; Path=/");
        return container;
    }

    private static string Header(CookieContainer container, Uri uri) =>
        string.Join("; ", container.GetCookies(uri).Select(cookie => $"{cookie.Name}={cookie.Value}").Order(StringComparer.Ordinal));
}
