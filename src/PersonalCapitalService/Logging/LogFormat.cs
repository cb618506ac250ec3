namespace PersonalCapitalService.Logging;

/// <summary>
/// <c>Logging__Format</c>: <c>text</c> (one readable line per event) or <c>json</c> (one compact JSON object per line,
/// for Docker and log shippers). Unset: text in Development, json elsewhere.
/// </summary>
internal enum LogFormat
{
    Text,
    Json,
}

internal static class LogFormats
{
    public const string SettingKey = "Logging:Format";

    public static LogFormat Read(IConfiguration configuration, IHostEnvironment environment)
    {
        var value = configuration[SettingKey];
        if (string.IsNullOrWhiteSpace(value))
        {
            return environment.IsDevelopment() ? LogFormat.Text : LogFormat.Json;
        }
        return value.Trim().ToLowerInvariant() switch
        {
            "text" => LogFormat.Text,
            "json" => LogFormat.Json,
            _ => throw new InvalidOperationException($"Logging__Format is '{value}', which is not valid: use text or json."),
        };
    }
}
