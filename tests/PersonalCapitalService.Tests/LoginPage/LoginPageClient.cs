using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.LoginPage;

/// <summary>
/// A browser without a browser: Basic credentials, an optional cookie jar, no automatic redirects, and the
/// antiforgery token of the last page it read, for the next form it posts.
/// </summary>
internal sealed partial class LoginPageClient : IDisposable
{
    public const string TokenField = "__RequestVerificationToken";

    private readonly HttpClient _http;

    private LoginPageClient(HttpClient http, Uri baseAddress)
    {
        _http = http;
        BaseAddress = baseAddress;
    }

    /// <summary>The service it talks to; may change (a restarted service on a new port), cookies and token stay.</summary>
    public Uri BaseAddress { get; set; }

    /// <summary>The token of the last page read (null before any).</summary>
    public string? Token { get; private set; }

    public static LoginPageClient For(RunningService service, bool cookies = true, bool credentials = true)
    {
        var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = cookies });
        if (credentials)
        {
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic",
                Convert.ToBase64String(Encoding.UTF8.GetBytes($"{RunningService.BasicUser}:{RunningService.BasicPassword}")));
        }
        return new LoginPageClient(http, service.BaseAddress);
    }

    public async Task<PageAnswer> GetPageAsync(string pathAndQuery = "login")
    {
        using var response = await _http.GetAsync(new Uri(BaseAddress, pathAndQuery));
        return await ReadAsync(response);
    }

    /// <summary>Posts a form to /login/<paramref name="action"/> (or under another page) with the last token (unless told otherwise).</summary>
    public async Task<PageAnswer> PostAsync(
        string action,
        IEnumerable<KeyValuePair<string, string>>? fields = null,
        bool withToken = true,
        string under = "login/")
    {
        List<KeyValuePair<string, string>> form = [.. fields ?? []];
        if (withToken)
        {
            form.Add(new(TokenField, Token ?? throw new InvalidOperationException("Read a page before posting a form.")));
        }
        using var content = new FormUrlEncodedContent(form);
        using var response = await _http.PostAsync(new Uri(BaseAddress, under + action), content);
        return await ReadAsync(response);
    }

    public Task<PageAnswer> PostAsync(string action, string field, string value) => PostAsync(action, [new(field, value)]);

    /// <summary>Posts raw content (no form), to see how the endpoints take what no browser sends.</summary>
    public async Task<PageAnswer> PostRawAsync(string action, HttpContent content)
    {
        using var response = await _http.PostAsync(new Uri(BaseAddress, "login/" + action), content);
        return await ReadAsync(response);
    }

    /// <summary>Posts a form that must succeed: the redirect back to the page, which is then read.</summary>
    public async Task<PageAnswer> SubmitAsync(string action, params (string Field, string Value)[] fields)
    {
        var posted = await PostAsync(action, fields.Select(f => new KeyValuePair<string, string>(f.Field, f.Value)));
        Assert.True(posted.Status == HttpStatusCode.Redirect, $"POST /login/{action} answered {posted.Status}: {posted.Html}");
        Assert.NotNull(posted.Location);
        return await GetPageAsync(posted.Location!.OriginalString.TrimStart('/'));
    }

    public void Dispose() => _http.Dispose();

    private async Task<PageAnswer> ReadAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        if (TokenPattern().Match(html) is { Success: true } match)
        {
            Token = WebUtility.HtmlDecode(match.Groups["token"].Value);
        }
        return new PageAnswer(response.StatusCode, response.Headers.Location, html, response.Content.Headers.ContentType?.MediaType,
            response.Headers.ToDictionary(h => h.Key, h => string.Join(", ", h.Value), StringComparer.OrdinalIgnoreCase));
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex TokenPattern();
}

/// <summary>One answer of the page's endpoints.</summary>
internal sealed record PageAnswer(
    HttpStatusCode Status,
    Uri? Location,
    string Html,
    string? MediaType,
    IReadOnlyDictionary<string, string> Headers)
{
    /// <summary>The session state the page reports (its data-state attribute).</summary>
    public string? State => Regex.Match(Html, "data-state=\"(?<s>[^\"]+)\"") is { Success: true } m ? m.Groups["s"].Value : null;

    /// <summary>Where the page's forms post to, in order.</summary>
    public IReadOnlyList<string> FormActions =>
        [.. Regex.Matches(Html, "<form method=\"post\" action=\"(?<a>[^\"]+)\"").Select(m => WebUtility.HtmlDecode(m.Groups["a"].Value))];

    /// <summary>The values of the method radio buttons offered, in order.</summary>
    public IReadOnlyList<string> Methods =>
        [.. Regex.Matches(Html, "type=\"radio\" name=\"method\" value=\"(?<v>[^\"]+)\"").Select(m => m.Groups["v"].Value)];

    /// <summary>The text of the error paragraph, decoded; null when there is none.</summary>
    public string? Error => Regex.Match(Html, "<p class=\"error\"[^>]*>(?<t>.*?)</p>", RegexOptions.Singleline) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups["t"].Value)
        : null;

    /// <summary>The text of the notice paragraph (the outcome of the last form), decoded; null when there is none.</summary>
    public string? Notice => Regex.Match(Html, "<p class=\"notice\"[^>]*>(?<t>.*?)</p>", RegexOptions.Singleline) is { Success: true } m
        ? WebUtility.HtmlDecode(m.Groups["t"].Value)
        : null;
}
