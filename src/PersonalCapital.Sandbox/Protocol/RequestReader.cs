using System.Text.Json;

namespace PersonalCapital.Sandbox.Protocol;

/// <summary>Reads the fields of an upstream POST whatever the body: urlencoded, multipart or (multiauth) JSON.</summary>
internal static class RequestReader
{
    public static async Task<FormValues> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var fields = form.SelectMany(f => f.Value.Select(v => KeyValuePair.Create(f.Key, v ?? "")))
                .ToList();
            // Some clients send every field as a file part (Python requests' files=); read those as fields too.
            foreach (var file in form.Files)
            {
                using var reader = new StreamReader(file.OpenReadStream());
                fields.Add(KeyValuePair.Create(file.Name, await reader.ReadToEndAsync(cancellationToken)));
            }
            return new FormValues(fields);
        }
        if (request.ContentType?.Contains("json", StringComparison.OrdinalIgnoreCase) == true)
        {
            return await ReadJsonAsync(request.Body, cancellationToken);
        }
        return FormValues.Empty;
    }

    private static async Task<FormValues> ReadJsonAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            using var doc = await JsonDocument.ParseAsync(body, cancellationToken: cancellationToken);
            if (doc.RootElement.ValueKind != JsonValueKind.Object)
            {
                return FormValues.Empty;
            }
            return new FormValues(doc.RootElement.EnumerateObject().Select(p => KeyValuePair.Create(
                p.Name,
                p.Value.ValueKind == JsonValueKind.String ? p.Value.GetString()! : p.Value.GetRawText())));
        }
        catch (JsonException)
        {
            return FormValues.Empty;
        }
    }
}
