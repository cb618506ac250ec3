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

    public static Task WriteAsync(HttpResponse response, JsonNode body, int statusCode = StatusCodes.Status200OK)
    {
        response.StatusCode = statusCode;
        response.ContentType = "application/json;charset=UTF-8";
        return response.WriteAsync(body.ToJsonString(Options), response.HttpContext.RequestAborted);
    }
}
