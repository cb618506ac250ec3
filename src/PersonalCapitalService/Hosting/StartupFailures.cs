using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Connections;
using Microsoft.Extensions.Options;
using PersonalCapital.Client.Configuration;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Session;

namespace PersonalCapitalService.Hosting;

/// <summary>
/// The one sentence a start-up failure is told with (exit 2, no stack trace): what is wrong and what to set. Null for
/// an exception that is not a start-up mistake of the owner's (a bug, which keeps its trace).
/// </summary>
internal static partial class StartupFailures
{
    public static string? Describe(Exception failure) => failure switch
    {
        OptionsValidationException e => e.Message,
        SecretFileException or CredentialException or SessionFileAccessException => failure.Message,
        IOException { InnerException: AddressInUseException } e => $"{e.Message.TrimEnd('.')}: another program (or another copy of this " +
            "service) listens there. Stop it, or choose another address with --urls http://127.0.0.1:PORT (or ASPNETCORE_URLS).",
        InvalidOperationException e when BinderFailure().Match(e.Message) is { Success: true } m => ConversionFailure(m),
        InvalidOperationException or IOException => failure.Message,
        AggregateException { InnerExceptions.Count: 1 } e => Describe(e.InnerExceptions[0]),
        _ => null,
    };

    /// <summary>The configuration binder's "Failed to convert …" told in the README's terms, with the valid values.</summary>
    private static string ConversionFailure(Match match)
    {
        var setting = match.Groups["path"].Value.Replace(":", "__", StringComparison.Ordinal);
        var typeName = match.Groups["type"].Value;
        var type = Type.GetType(typeName) ?? AppDomain.CurrentDomain.GetAssemblies()
            .Select(a => a.GetType(typeName)).FirstOrDefault(t => t is not null);
        var expected = type switch
        {
            { IsEnum: true } => "one of " + string.Join(", ", Enum.GetNames(type)),
            _ when type == typeof(TimeSpan) => "a duration as hh:mm:ss, e.g. 00:10:00",
            _ when type == typeof(int) || type == typeof(long) => "a whole number",
            _ when type == typeof(double) || type == typeof(decimal) => "a number such as 0.5",
            _ when type == typeof(bool) => "true or false",
            _ when type == typeof(Uri) => "an absolute URL such as https://example.com",
            _ => $"a value of type {type?.Name ?? typeName}",
        };
        return $"{setting} is '{match.Groups["value"].Value}', which is not valid: use {expected}.";
    }

    [GeneratedRegex("^Failed to convert configuration value '(?<value>.*)' at '(?<path>[^']+)' to type '(?<type>[^']+)'", RegexOptions.Singleline)]
    private static partial Regex BinderFailure();
}
