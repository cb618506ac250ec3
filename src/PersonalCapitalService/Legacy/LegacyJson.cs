using System.Text.Encodings.Web;
using System.Text.Json;

namespace PersonalCapitalService.Legacy;

/// <summary>How the legacy routes write JSON: non-ASCII text kept as is, as the original did (same as the app's options).</summary>
internal static class LegacyJson
{
    public const string ContentType = "application/json; charset=utf-8";

    public static readonly JsonSerializerOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
}
