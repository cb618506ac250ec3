using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace PersonalCapital.Sandbox.Tests.Support;

/// <summary>
/// A deliberately plain speaker of the upstream protocol, written from the notes (not our client), so the sandbox
/// is checked the way an independent client would see it: cookie jar, csrf in every form, csrf adopted from headers.
/// </summary>
internal sealed partial class ScriptedClient : IDisposable
{
    private readonly HttpClient _http;

    public ScriptedClient(Uri baseAddress, CookieContainer? cookies = null)
    {
        Cookies = cookies ?? new CookieContainer();
        _http = new HttpClient(new HttpClientHandler { CookieContainer = Cookies }) { BaseAddress = baseAddress };
    }

    public CookieContainer Cookies { get; }

    public string? Csrf { get; set; }

    public async Task<string> GoHomeAsync(string path = "page/login/goHome")
    {
        var html = await _http.GetStringAsync(path);
        Csrf = CsrfPattern().Match(html) is { Success: true } m ? m.Groups[1].Value : throw new InvalidOperationException("no csrf in page");
        return html;
    }

    /// <summary>POSTs a urlencoded form with csrf and apiClient added; returns the HTTP status and the JSON body.</summary>
    public async Task<Answer> PostAsync(string path, params (string Key, string Value)[] fields)
    {
        var all = new List<KeyValuePair<string, string>>();
        if (Csrf is not null)
        {
            all.Add(new("csrf", Csrf));
        }
        all.Add(new("apiClient", "WEB"));
        all.AddRange(fields.Select(f => KeyValuePair.Create(f.Key, f.Value)));
        return await SendAsync(path, new FormUrlEncodedContent(all));
    }

    public async Task<Answer> PostMultipartAsync(string path, params (string Key, string Value)[] fields)
    {
        var content = new MultipartFormDataContent();
        if (Csrf is not null)
        {
            content.Add(new StringContent(Csrf), "csrf");
        }
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }
        return await SendAsync(path, content);
    }

    public async Task<Answer> PostJsonAsync(string path, object body) => await SendAsync(path, JsonContent.Create(body));

    public Task<Answer> PostRawAsync(string path, HttpContent content) => SendAsync(path, content);

    /// <summary>Legacy flow up to DEVICE_AUTHORIZED: login page, identifyUser, an SMS challenge and its code.</summary>
    public async Task PassSecondFactorAsync(string username, string code)
    {
        await GoHomeAsync();
        await PostAsync("api/login/identifyUser", ("username", username));
        (await PostAsync("api/credential/challengeSms", ("challengeReason", "DEVICE_AUTH"), ("challengeMethod", "OP"))).AssertSuccess();
        Assert.Equal("DEVICE_AUTHORIZED", (await PostAsync("api/credential/authenticateSms", ("code", code))).AuthLevel);
    }

    /// <summary>Legacy flow up to SESSION_AUTHENTICATED with an SMS code read from <paramref name="code"/>.</summary>
    public async Task LoginAsync(string username, string password, Func<string> code, bool bindDevice = true)
    {
        await GoHomeAsync();
        var identified = await PostAsync("api/login/identifyUser", ("username", username), ("bindDevice", "false"));
        if (identified.AuthLevel == "USER_IDENTIFIED")
        {
            (await PostAsync("api/credential/challengeSms", ("challengeReason", "DEVICE_AUTH"), ("challengeMethod", "OP"))).AssertSuccess();
            (await PostAsync("api/credential/authenticateSms", ("code", code()), ("challengeReason", "DEVICE_AUTH"))).AssertSuccess();
        }
        var done = await PostAsync("api/credential/authenticatePassword",
            ("passwd", password), ("bindDevice", bindDevice ? "true" : "false"), ("deviceName", "test"));
        Assert.Equal("SESSION_AUTHENTICATED", done.AuthLevel);
    }

    private async Task<Answer> SendAsync(string path, HttpContent content)
    {
        using var response = await _http.PostAsync(path, content);
        var text = await response.Content.ReadAsStringAsync();
        JsonObject? json = null;
        if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
        {
            json = JsonNode.Parse(text)?.AsObject();
            if (json?["spHeader"]?["csrf"]?.GetValue<string>() is { } csrf)
            {
                Csrf = csrf;
            }
        }
        return new Answer(response.StatusCode, response.Headers, response.Content.Headers.ContentType?.MediaType, text, json);
    }

    public void Dispose() => _http.Dispose();

    [GeneratedRegex(@"csrf\s*=\s*'([0-9a-f-]+)'")]
    private static partial Regex CsrfPattern();
}

internal sealed record Answer(
    HttpStatusCode Status,
    System.Net.Http.Headers.HttpResponseHeaders Headers,
    string? MediaType,
    string Text,
    JsonObject? Json)
{
    public JsonObject Header => Json?["spHeader"]?.AsObject() ?? throw new InvalidOperationException($"no spHeader in {Text}");

    public bool Success => Header["success"]!.GetValue<bool>();

    public string? AuthLevel => Header["authLevel"]?.GetValue<string>();

    public JsonNode? SpData => Json?["spData"];

    public IReadOnlyList<int> ErrorCodes =>
        Header["errors"] is JsonArray errors ? [.. errors.Select(e => e!["code"]!.GetValue<int>())] : [];

    public void AssertSuccess() => Assert.True(Success, Text);

    /// <summary>success:false, the given error codes, and no spData key at all.</summary>
    public void AssertFailure(params int[] codes)
    {
        Assert.Equal(HttpStatusCode.OK, Status);
        Assert.False(Success, Text);
        Assert.Equal(codes, ErrorCodes);
        Assert.False(Json!.ContainsKey("spData"), "a failure must carry no spData key");
    }
}
