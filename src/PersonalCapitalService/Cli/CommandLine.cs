namespace PersonalCapitalService.Cli;

/// <summary>
/// <c>[verb] [--sandbox] [arguments] [--Section:Key=value …]</c>. The verb is the first argument when it names a row of
/// <see cref="VerbTable"/>; <c>--sandbox</c> is a switch anywhere; plain words after the verb are its arguments;
/// everything else goes to the configuration like any .NET host's command line. A first word that is neither a verb
/// nor a switch or setting (<c>lgoin</c>) is <see cref="UnknownVerb"/>: refused, never served.
/// </summary>
internal sealed record CommandLine(VerbRow Verb, bool Sandbox, IReadOnlyList<string> Arguments, string[] HostArgs)
{
    private const string SandboxSwitch = "--sandbox";

    /// <summary>The unknown word in the verb's place, or null.</summary>
    public string? UnknownVerb { get; init; }

    public static CommandLine Parse(string[] args)
    {
        var first = args.Length > 0 ? args[0] : null;
        var verb = first is null ? null : VerbTable.Find(first);
        var unknown = verb is null && first is not null && !first.StartsWith('-') && !first.Contains('=', StringComparison.Ordinal) ? first : null;
        var rest = verb is null ? args : args[1..];
        var sandbox = rest.Contains(SandboxSwitch, StringComparer.Ordinal);
        rest = [.. rest.Where(a => a != SandboxSwitch)];
        var arguments = rest.TakeWhile(a => !a.StartsWith('-')).ToList();
        return new CommandLine(verb ?? VerbTable.Serve, sandbox, arguments, rest[arguments.Count..]) { UnknownVerb = unknown };
    }

    /// <summary>Runs the verb; an unknown one is refused with the list of verbs (exit 2).</summary>
    public Task<int> RunAsync(TextWriter error)
    {
        if (UnknownVerb is null)
        {
            return Verb.RunAsync(this);
        }
        error.WriteLine($"Unknown verb '{UnknownVerb}'. The verbs are: {string.Join(", ", VerbTable.Rows.Select(r => r.Name))}; " +
            "with none the service serves. --help says more.");
        return Task.FromResult(ExitCodes.Misconfigured);
    }
}
