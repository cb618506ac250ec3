using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapital.Client.Tests.Logging;

/// <summary>
/// Every secret that crossed the wire in either direction: csrf tokens, passwords, codes, id tokens and cookie values.
/// Filled by <see cref="Handler"/>, placed in the client's HTTP pipeline by the test.
/// </summary>
internal sealed class WireSecrets
{
    private static readonly string[] SecretFields = ["csrf", "passwd", "password", "code", "totpCode", "idToken"];

    private readonly ConcurrentDictionary<string, string> _seen = new(StringComparer.Ordinal);

    /// <summary>Secret values by value, with where each was seen.</summary>
    public IReadOnlyDictionary<string, string> Seen => _seen;

    public void Add(string where, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            _seen.TryAdd(value, where);
        }
    }

    public sealed class Handler(WireSecrets sink) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.Content is { } content)
            {
                var body = await content.ReadAsStringAsync(cancellationToken);
                if (content.Headers.ContentType?.MediaType == "application/json")
                {
                    sink.AddJson("request " + request.RequestUri, body);
                }
                else if (content is MultipartFormDataContent multipart)
                {
                    // The new site's encoding (§12): one part per field.
                    foreach (var part in multipart)
                    {
                        var name = part.Headers.ContentDisposition?.Name?.Trim('"');
                        if (name is not null && SecretFields.Contains(name))
                        {
                            sink.Add($"request {request.RequestUri} field {name}", await part.ReadAsStringAsync(cancellationToken));
                        }
                    }
                }
                else
                {
                    foreach (var pair in body.Split('&'))
                    {
                        var parts = pair.Split('=', 2);
                        if (parts.Length == 2 && SecretFields.Contains(Uri.UnescapeDataString(parts[0])))
                        {
                            sink.Add($"request {request.RequestUri} field {parts[0]}", Uri.UnescapeDataString(parts[1].Replace('+', ' ')));
                        }
                    }
                }
            }
            var response = await base.SendAsync(request, cancellationToken);
            if (response.Headers.TryGetValues("Set-Cookie", out var cookies))
            {
                foreach (var cookie in cookies)
                {
                    var nameValue = cookie.Split(';', 2)[0].Split('=', 2);
                    if (nameValue.Length == 2)
                    {
                        sink.Add($"Set-Cookie {nameValue[0]}", nameValue[1]);
                    }
                }
            }
            if (response.Content.Headers.ContentType?.MediaType?.Contains("json", StringComparison.Ordinal) == true)
            {
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                sink.AddJson("response " + request.RequestUri, await response.Content.ReadAsStringAsync(cancellationToken));
            }
            return response;
        }
    }

    private void AddJson(string where, string json)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(json);
        }
        catch (JsonException)
        {
            return;
        }
        Walk(where, node);
    }

    private void Walk(string where, JsonNode? node)
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, value) in obj)
                {
                    if (SecretFields.Contains(name, StringComparer.OrdinalIgnoreCase) && value is JsonValue v
                        && v.GetValueKind() == JsonValueKind.String)
                    {
                        Add($"{where} {name}", v.GetValue<string>());
                    }
                    Walk(where, value);
                }
                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    Walk(where, item);
                }
                break;
        }
    }
}
