using System.IO.Pipelines;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PersonalCapital.Sandbox.Protocol;

/// <summary>Writes JSON the way the upstream does: UTF-8, non-ASCII text (en dashes, ®) unescaped.</summary>
internal static class JsonResponses
{
    private static readonly JsonSerializerOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = Options.Encoder,
        Indented = Options.WriteIndented,
    };

    public static async Task WriteAsync(HttpResponse response, JsonNode body, int statusCode = StatusCodes.Status200OK)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json;charset=UTF-8";
        await WriteAsync(response.BodyWriter, body, response.HttpContext.RequestAborted);
    }

    /// <summary>
    /// Serializes <paramref name="body"/> straight into <paramref name="destination"/> as UTF-8, without an
    /// intermediate string (a full-range getUserTransactions is tens of megabytes), then flushes it.
    /// </summary>
    /// <returns>The number of bytes written: what a response carries.</returns>
    public static async Task<long> WriteAsync(PipeWriter destination, JsonNode body, CancellationToken cancellationToken)
    {
        using var writer = new Utf8JsonWriter(destination, WriterOptions);
        body.WriteTo(writer, Options);
        // Into a PipeWriter this only commits what was written; the pipe's flush sends it.
        writer.Flush();
        await destination.FlushAsync(cancellationToken);
        return writer.BytesCommitted;
    }
}
