using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using PersonalCapital.Client.Diagnostics;

namespace PersonalCapital.Client.Transport;

/// <summary>
/// Speaks HTTP to the upstream: form-encoded POSTs carrying <c>csrf</c>, <c>apiClient=WEB</c> and (for data calls)
/// <c>lastServerChangeId</c>; adopts the csrf of every answer that carries one; turns anything that is not a
/// successful exchange into a classified <see cref="UpstreamException"/>. It never retries: callers decide.
/// </summary>
internal sealed partial class UpstreamTransport(IHttpClientFactory httpClients, ClientMetrics metrics, ILogger<UpstreamTransport> logger)
{
    public const string HttpClientName = "PersonalCapital.Upstream";

    private volatile string? _csrf;

    /// <summary>The csrf token sent with every POST; replaced whenever an answer carries a new one.</summary>
    public string? Csrf
    {
        get => _csrf;
        set => _csrf = value;
    }

    /// <summary>
    /// Post the fields as multipart/form-data, as the new site's web app does (§1.2, §12); urlencoded otherwise, as
    /// every classic client. The upstream accepts both; this follows the site the session signed in on.
    /// </summary>
    public bool Multipart { get; set; }

    /// <summary>GETs the login page, which starts a cookie session, and adopts its csrf token.</summary>
    public Task LoadLoginPageAsync(CancellationToken cancellationToken) =>
        metrics.MeasureAsync("page/login/goHome", () => LoadLoginPageCoreAsync(cancellationToken));

    private async Task<bool> LoadLoginPageCoreAsync(CancellationToken cancellationToken)
    {
        const string operation = "page/login/goHome";
        using var response = await SendAsync(operation, () => new HttpRequestMessage(HttpMethod.Get, operation), cancellationToken);
        var html = await response.Content.ReadAsStringAsync(cancellationToken);
        Csrf = CsrfScraper.Find(html)
            ?? throw new UpstreamException(UpstreamFailure.UpstreamError,
                "Empower's sign-in page carried no security (csrf) token; the service tries again by itself.", isTransient: true);
        return true;
    }

    /// <summary>POSTs an operation and returns its envelope, whatever <c>spHeader.success</c> says.</summary>
    public Task<UpstreamAnswer> PostAsync(
        string operation,
        IEnumerable<KeyValuePair<string, string>> fields,
        CancellationToken cancellationToken,
        bool dataCall = false) =>
        metrics.MeasureAsync(operation, () => PostCoreAsync(operation, fields, dataCall, cancellationToken));

    private async Task<UpstreamAnswer> PostCoreAsync(
        string operation,
        IEnumerable<KeyValuePair<string, string>> fields,
        bool dataCall,
        CancellationToken cancellationToken)
    {
        var form = new List<KeyValuePair<string, string>>();
        if (Csrf is { } csrf)
        {
            form.Add(new("csrf", csrf));
        }
        form.Add(new("apiClient", "WEB"));
        if (dataCall)
        {
            form.Add(new("lastServerChangeId", "-1"));
        }
        form.AddRange(fields);

        using var response = await SendAsync(operation,
            () => new HttpRequestMessage(HttpMethod.Post, "api/" + operation) { Content = FormContent(form) },
            cancellationToken);
        var body = await ReadJsonObjectAsync(response, operation, cancellationToken);
        if (body["spHeader"] is not JsonObject header)
        {
            throw FailureClassifier.NotAnEnvelope(operation, "application/json");
        }
        var answer = new UpstreamAnswer(header, body["spData"]);
        if (answer.Csrf is { Length: > 0 } fresh)
        {
            Csrf = fresh;
        }
        return answer;
    }

    /// <summary>A data call: the envelope must say success and carry <c>spData</c>. Counted with its classified outcome.</summary>
    public Task<JsonNode> PostDataAsync(
        string operation,
        IEnumerable<KeyValuePair<string, string>> fields,
        CancellationToken cancellationToken) =>
        metrics.MeasureAsync(operation, () => PostDataCoreAsync(operation, fields, cancellationToken));

    private async Task<JsonNode> PostDataCoreAsync(
        string operation,
        IEnumerable<KeyValuePair<string, string>> fields,
        CancellationToken cancellationToken)
    {
        var answer = await PostCoreAsync(operation, fields, dataCall: true, cancellationToken);
        if (!answer.Success)
        {
            var failure = FailureClassifier.FromEnvelope(answer, operation);
            LogRefused(logger, operation, failure.Failure, string.Join(",", failure.ErrorCodes));
            throw failure;
        }
        if (answer.Data is null)
        {
            throw new UpstreamException(UpstreamFailure.UpstreamError,
                $"Empower said yes but sent no data {UpstreamOperations.While(operation)}; the service tries again by itself.", isTransient: true);
        }
        return answer.Data;
    }

    /// <summary>POSTs a JSON body and returns the plain JSON answer (the multiauth credential check has no envelope).</summary>
    public Task<JsonObject> PostJsonAsync(string operation, object body, CancellationToken cancellationToken) =>
        metrics.MeasureAsync(operation, () => PostJsonCoreAsync(operation, body, cancellationToken));

    private async Task<JsonObject> PostJsonCoreAsync(string operation, object body, CancellationToken cancellationToken)
    {
        using var response = await SendAsync(operation,
            () => new HttpRequestMessage(HttpMethod.Post, "api/" + operation) { Content = JsonContent.Create(body) },
            cancellationToken);
        return await ReadJsonObjectAsync(response, operation, cancellationToken);
    }

    private HttpContent FormContent(List<KeyValuePair<string, string>> form)
    {
        if (!Multipart)
        {
            return new FormUrlEncodedContent(form);
        }
        var multipart = new MultipartFormDataContent();
        foreach (var (name, value) in form)
        {
            multipart.Add(new StringContent(value), name);
        }
        return multipart;
    }

    private async Task<HttpResponseMessage> SendAsync(
        string operation,
        Func<HttpRequestMessage> request,
        CancellationToken cancellationToken)
    {
        var http = httpClients.CreateClient(HttpClientName);
        var watch = Stopwatch.StartNew();
        HttpResponseMessage response;
        try
        {
            using var message = request();
            response = await http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken);
        }
        catch (Exception e) when (e is HttpRequestException or IOException
            || (e is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            var failure = FailureClassifier.FromTransport(e, operation, timedOut: e is TaskCanceledException);
            LogNoAnswer(logger, operation, watch.ElapsedMilliseconds, failure.Message);
            throw failure;
        }
        LogExchange(logger, operation, (int)response.StatusCode, watch.ElapsedMilliseconds);
        if (FailureClassifier.FromStatus(response, operation) is { } refused)
        {
            // The code-request cap is only told by the body of a 400 (§3.7, §12); the body is read, never logged.
            var limit = refused.StatusCode == 400
                && await FailureClassifier.MentionsCodeRequestLimitAsync(response, cancellationToken)
                ? FailureClassifier.CodeRequestLimit(operation)
                : null;
            response.Dispose();
            throw limit ?? refused;
        }
        return response;
    }

    // A repeated key is refused while parsing: a JsonObject would otherwise throw on first access, far from here.
    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };

    private static async Task<JsonObject> ReadJsonObjectAsync(
        HttpResponseMessage response,
        string operation,
        CancellationToken cancellationToken)
    {
        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (mediaType is null || !mediaType.Contains("json", StringComparison.OrdinalIgnoreCase))
        {
            throw FailureClassifier.NotAnEnvelope(operation, mediaType);
        }
        try
        {
            var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            return await JsonNode.ParseAsync(stream, documentOptions: StrictJson, cancellationToken: cancellationToken) as JsonObject
                ?? throw FailureClassifier.NotAnEnvelope(operation, "application/json");
        }
        catch (JsonException)
        {
            // Malformed, or a key repeated in one object.
            throw FailureClassifier.NotAnEnvelope(operation, "application/json");
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Upstream {Operation} answered HTTP {Status} in {ElapsedMs} ms")]
    private static partial void LogExchange(ILogger logger, string operation, int status, long elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Upstream {Operation} gave no answer after {ElapsedMs} ms: {Reason}")]
    private static partial void LogNoAnswer(ILogger logger, string operation, long elapsedMs, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Upstream {Operation} refused: {Failure} (codes {Codes})")]
    private static partial void LogRefused(ILogger logger, string operation, UpstreamFailure failure, string codes);
}
