using System.Text.Json;
using System.Text.Json.Serialization;

namespace PersonalCapital.Client.Session;

/// <summary>
/// The JSON of session.json. Plain: every field but <see cref="Encrypted"/>. Encrypted: only
/// <see cref="Version"/> and <see cref="Encrypted"/>, whose token holds the plain document.
/// Every member is nullable so that a damaged file is reported by validation, not by a crash.
/// </summary>
internal sealed class SessionFileDocument
{
    public int? Version { get; set; }

    public string? Encrypted { get; set; }

    public string? BaseUrl { get; set; }

    public string? Csrf { get; set; }

    public DateTimeOffset? SavedAt { get; set; }

    public List<SessionFileCookie?>? Cookies { get; set; }

    // The members below came later; a file without them (any older session.json) reads as "none".

    public SessionFilePending? Pending { get; set; }

    public DateTimeOffset? CodeRequestsExhaustedUntil { get; set; }

    public DateTimeOffset? CoolDownUntil { get; set; }

    public int? CloudflareStrikes { get; set; }

    public bool? Multipart { get; set; }
}

internal sealed class SessionFilePending
{
    public string? Flow { get; set; }

    public string? Method { get; set; }

    public DateTimeOffset? SentAt { get; set; }
}

internal sealed class SessionFileCookie
{
    public string? Name { get; set; }

    public string? Value { get; set; }

    public string? Domain { get; set; }

    public string? Path { get; set; }

    public DateTimeOffset? Expires { get; set; }

    public bool Secure { get; set; }

    public bool HttpOnly { get; set; }

    public bool HostOnly { get; set; }
}

[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SessionFileDocument))]
internal sealed partial class SessionFileJsonContext : JsonSerializerContext;
