namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>[verb] [--sandbox] [arguments] [--Section:Key=value …]</c>. The verb is the first argument when it is one of
/// login, encrypt, keygen, healthcheck, sync, simplefin-token, simplefin-credentials; <c>--sandbox</c> is a switch anywhere; plain words after the verb are its
/// arguments; everything else goes to the configuration like any .NET host's command line.
/// </summary>
internal sealed record CommandLine(Verb Verb, bool Sandbox, IReadOnlyList<string> Arguments, string[] HostArgs)
{
    private const string SandboxSwitch = "--sandbox";

    private static readonly Dictionary<string, Verb> Verbs = new(StringComparer.Ordinal)
    {
        ["login"] = Verb.Login,
        ["encrypt"] = Verb.Encrypt,
        ["keygen"] = Verb.Keygen,
        ["healthcheck"] = Verb.Healthcheck,
        ["sync"] = Verb.Sync,
        ["simplefin-token"] = Verb.SimpleFinToken,
        ["simplefin-credentials"] = Verb.SimpleFinCredentials,
    };

    public static CommandLine Parse(string[] args)
    {
        var verb = args.Length > 0 && Verbs.TryGetValue(args[0], out var named) ? named : Verb.Serve;
        var rest = verb == Verb.Serve ? args : args[1..];
        var sandbox = rest.Contains(SandboxSwitch, StringComparer.Ordinal);
        rest = [.. rest.Where(a => a != SandboxSwitch)];
        var arguments = rest.TakeWhile(a => !a.StartsWith('-')).ToList();
        return new CommandLine(verb, sandbox, arguments, rest[arguments.Count..]);
    }
}
