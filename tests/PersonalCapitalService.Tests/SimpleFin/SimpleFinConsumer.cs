using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace PersonalCapitalService.Tests.SimpleFin;

/// <summary>
/// A SimpleFIN consumer written from the protocol text alone (shared/spec/simplefin.md), as Actual, the Firefly III
/// importer and Home Assistant behave: decode the setup token into a claim URL, POST it once, keep the access URL,
/// then GET {access URL}/accounts with the access URL's user info as HTTP Basic credentials.
/// </summary>
internal sealed class SimpleFinConsumer : IDisposable
{
    private readonly HttpClient _http = new();

    /// <summary>The setup token is the Base64 of the claim URL.</summary>
    public static Uri ClaimUrl(string setupToken) => new(Encoding.UTF8.GetString(Convert.FromBase64String(setupToken.Trim())));

    /// <summary>POSTs the claim URL; the 200 body is the access URL.</summary>
    public async Task<(HttpStatusCode Status, string Body)> ClaimAsync(string setupToken)
    {
        using var response = await _http.PostAsync(ClaimUrl(setupToken), content: null);
        return (response.StatusCode, (await response.Content.ReadAsStringAsync()).Trim());
    }

    public async Task<Uri> ClaimAccessUrlAsync(string setupToken)
    {
        var (status, body) = await ClaimAsync(setupToken);
        Assert.True(status == HttpStatusCode.OK, $"claim answered {(int)status}: {body}");
        return new Uri(body);
    }

    /// <summary>GET {access URL}/{path}?{query} with the access URL's credentials.</summary>
    public Task<Answer> GetAsync(Uri accessUrl, string path, string query = "") =>
        GetAsync(accessUrl, path, query, Credentials(accessUrl));

    /// <summary>The same request with other credentials (null: none).</summary>
    public async Task<Answer> GetAsync(Uri accessUrl, string path, string query, (string User, string Password)? credentials)
    {
        var root = new UriBuilder(accessUrl) { UserName = "", Password = "" }.Uri.AbsoluteUri.TrimEnd('/');
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{root}/{path}{(query.Length > 0 ? "?" + query : "")}");
        if (credentials is var (user, password))
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
        }
        using var response = await _http.SendAsync(request);
        return new Answer(response.StatusCode, response.Content.Headers.ContentType?.MediaType, await response.Content.ReadAsStringAsync());
    }

    public static (string User, string Password) Credentials(Uri accessUrl)
    {
        var parts = accessUrl.UserInfo.Split(':', 2);
        return (Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts[1]));
    }

    public void Dispose() => _http.Dispose();

    internal sealed record Answer(HttpStatusCode Status, string? MediaType, string Body)
    {
        public JsonElement Json => JsonDocument.Parse(Body).RootElement;
    }
}
