using PersonalCapitalService.Hosting;

namespace PersonalCapitalService.Cli;

/// <summary>One verb of the command line: what <c>--help</c> prints about it, and what runs it.</summary>
internal sealed record VerbRow(string Name, string Usage, string Description, Func<CommandLine, Task<int>> RunAsync);

/// <summary>
/// Every verb, one row each: <see cref="CommandLine"/> recognises them, <c>--help</c> lists them, and an unknown word
/// in the verb's place is refused with this list instead of starting the service.
/// </summary>
internal static class VerbTable
{
    /// <summary>Serving: no verb, or only switches and settings.</summary>
    public static readonly VerbRow Serve = new("", "[--sandbox] [--urls URL] [--Section:Key=value …]",
        "serve (--sandbox: against an embedded emulator with demo data, Basic auth demo/demo)", ServeCommand.RunAsync);

    public static readonly IReadOnlyList<VerbRow> Rows =
    [
        new("login", "login [sms|email|voice|totp] | login --send sms|voice|email | login --code CODE",
            "log in once, reading the code from stdin (typed); or in two steps for containers: --send the challenge and exit, then --code to finish",
            c => LoginVerb.RunAsync(c, Console.In, Console.Out, Console.Error)),
        new("encrypt", "encrypt",
            "read a secret from stdin, print its encrypted form for creds.json (needs PersonalCapital__EncryptionKey)",
            c => Task.FromResult(EncryptVerb.Run(c.HostArgs, Console.In, Console.Out, Console.Error))),
        new("keygen", "keygen",
            "print a new random key for PersonalCapital__EncryptionKey",
            _ => Task.FromResult(KeygenVerb.Run(Console.Out))),
        new("healthcheck", "healthcheck [URL]",
            "exit 0 when the service's /health/live answers (Docker HEALTHCHECK; default http://127.0.0.1:8080)",
            c => HealthcheckVerb.RunAsync(c.Arguments, Console.Error)),
        new("sync", "sync",
            "run one sync of the store and exit, progress on stderr",
            c => SyncVerb.RunAsync(c, Console.Out, Console.Error)),
        new("import-session", "import-session",
            "read a Cookie header (line 1) and optionally a csrf (line 2) from stdin, from a browser signed in to Empower; check it, save it",
            c => ImportSessionVerb.RunAsync(c, Console.In, Console.Out, Console.Error)),
        new("simplefin-token", "simplefin-token",
            "print a one-time SimpleFIN setup token (needs SimpleFin__PublicUrl); only the token goes to stdout",
            c => SimpleFinTokenVerb.RunAsync(c.HostArgs, Console.Out, Console.Error)),
        new("simplefin-credentials", "simplefin-credentials list | simplefin-credentials revoke ID",
            "list the SimpleFIN apps given access, or revoke one at once",
            c => SimpleFinCredentialsVerb.RunAsync(c, Console.Out, Console.Error)),
        new("help", "help, --help, -h",
            "print this help",
            _ => Task.FromResult(HelpVerb.Run(Console.Out))),
        new("--version", "--version",
            "print the version",
            _ => Task.FromResult(HelpVerb.RunVersion(Console.Out))),
    ];

    /// <summary>Other spellings of a verb's name.</summary>
    private static readonly Dictionary<string, string> Aliases = new(StringComparer.Ordinal)
    {
        ["--help"] = "help",
        ["-h"] = "help",
    };

    public static VerbRow? Find(string name) =>
        Rows.FirstOrDefault(r => r.Name == (Aliases.TryGetValue(name, out var canonical) ? canonical : name));
}
