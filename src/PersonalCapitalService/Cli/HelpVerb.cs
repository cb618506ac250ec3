using System.Reflection;

namespace PersonalCapitalService.Cli;

/// <summary><c>--help</c> (the verbs and the main settings) and <c>--version</c>.</summary>
internal static class HelpVerb
{
    private const string Program = "PersonalCapitalService";

    /// <summary>The settings a first set-up needs; the README's settings table has them all.</summary>
    private static readonly (string Name, string Meaning)[] MainSettings =
    [
        ("BasicAuth__Username, BasicAuth__Password", "who may call the service (required, except --sandbox)"),
        ("PersonalCapital__CredentialsFile", "encrypted Empower credentials (default creds.json)"),
        ("PersonalCapital__Username, PersonalCapital__Password", "plain Empower credentials instead of creds.json"),
        ("PersonalCapital__EncryptionKey", "key for creds.json and the session file (from keygen)"),
        ("PersonalCapital__SessionFile", "the saved upstream session (default session.json)"),
        ("Logging__Format", "text or json (default: text in Development, json elsewhere)"),
        ("--urls", "where to listen, e.g. --urls http://127.0.0.1:5000"),
    ];

    public static int Run(TextWriter output)
    {
        output.WriteLine($"{Program} {Version()}: serves your Empower (Personal Capital) data over HTTP Basic auth.");
        output.WriteLine();
        output.WriteLine("Usage:");
        var rows = VerbTable.Rows.Prepend(VerbTable.Serve).ToList();
        var width = rows.Max(r => r.Usage.Length);
        foreach (var row in rows)
        {
            output.WriteLine($"  {row.Usage.PadRight(width)}  {row.Description}");
        }
        output.WriteLine();
        output.WriteLine("Main settings (environment variables; or --Section:Key=value; any secret also as NAME_FILE=path):");
        var settingWidth = MainSettings.Max(s => s.Name.Length);
        foreach (var (name, meaning) in MainSettings)
        {
            output.WriteLine($"  {name.PadRight(settingWidth)}  {meaning}");
        }
        output.WriteLine();
        output.WriteLine("The README lists every setting.");
        return ExitCodes.Success;
    }

    public static int RunVersion(TextWriter output)
    {
        output.WriteLine($"{Program} {Version()}");
        return ExitCodes.Success;
    }

    /// <summary>The assembly's informational version without the source-revision suffix the SDK appends.</summary>
    private static string Version()
    {
        var version = typeof(HelpVerb).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
