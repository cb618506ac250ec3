using System.Net;
using PersonalCapital.Client.Session;

namespace PersonalCapital.Client.Tests.Session;

public class SessionSnapshotTests
{
    private static readonly DateTimeOffset SavedAt = new(2031, 3, 4, 5, 6, 7, TimeSpan.Zero);

    [Theory]
    [InlineData("http://127.0.0.1:5123/", "http://127.0.0.1:5123")]
    [InlineData("http://127.0.0.1:5123", "http://127.0.0.1:5123")]
    [InlineData("HTTPS://API.Dashboard.Example:443/", "https://api.dashboard.example")]
    [InlineData("https://api.dashboard.example/base/", "https://api.dashboard.example/base")]
    [InlineData("https://api.dashboard.example/?x=1#y", "https://api.dashboard.example")]
    [InlineData(" https://api.dashboard.example// ", "https://api.dashboard.example")]
    public void BaseUrl_is_kept_normalized(string given, string expected)
    {
        var snapshot = new SessionSnapshot(given, null, [], SavedAt);

        Assert.Equal(expected, snapshot.BaseUrl);
        Assert.Equal(expected, (snapshot with { BaseUrl = given }).BaseUrl);
    }

    [Fact]
    public void IsFor_compares_normalized_upstreams()
    {
        var snapshot = new SessionSnapshot("http://127.0.0.1:5123/", null, [], SavedAt);

        Assert.True(snapshot.IsFor(new Uri("http://127.0.0.1:5123")));
        Assert.False(snapshot.IsFor(new Uri("http://127.0.0.1:5124/")));
        Assert.False(snapshot.IsFor(new Uri("https://api.dashboard.example/")));
    }

    [Fact]
    public void Capture_takes_base_url_csrf_cookies_and_time()
    {
        var container = new CookieContainer();
        container.SetCookies(new Uri("http://127.0.0.1:5123/"), "JSESSIONID=made-up-session; Path=/");

        var snapshot = SessionSnapshot.Capture(new Uri("http://127.0.0.1:5123/"), "made-up-csrf", container, SavedAt);

        Assert.Equal("http://127.0.0.1:5123", snapshot.BaseUrl);
        Assert.Equal("made-up-csrf", snapshot.Csrf);
        Assert.Equal(SavedAt, snapshot.SavedAt);
        Assert.Equal("made-up-session", Assert.Single(snapshot.Cookies).Value);
    }

    [Fact]
    public void ToString_hides_csrf_and_cookie_values()
    {
        var cookie = new StoredCookie("JSESSIONID", "secret-cookie-value", "127.0.0.1", "/", null, false, true, true);
        var snapshot = new SessionSnapshot("http://127.0.0.1:5123", "secret-csrf-value", [cookie], SavedAt);

        var text = $"{snapshot} {cookie}";

        Assert.DoesNotContain("secret-cookie-value", text);
        Assert.DoesNotContain("secret-csrf-value", text);
        Assert.Contains("JSESSIONID", text);
        Assert.Contains("http://127.0.0.1:5123", text);
    }
}
