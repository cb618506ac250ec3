using System.Text.RegularExpressions;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary>
/// The README's <c>keygen &gt; pcs.key</c>: <c>dotnet run</c> prints "Using launch settings …" on stdout when it uses the
/// launch profile, which would land in the key file; the README's redirected commands skip the profile.
/// </summary>
public sealed partial class ReadmeRedirectTests
{
    [Fact]
    public void Every_dotnet_run_whose_output_the_readme_redirects_skips_the_launch_profile()
    {
        var redirected = File.ReadAllLines(Path.Combine(ToolProcess.RepositoryRoot, "README.md"))
            .Where(l => l.TrimStart().StartsWith("dotnet run", StringComparison.Ordinal) && RedirectsStdout().IsMatch(l))
            .ToList();

        Assert.NotEmpty(redirected);
        Assert.All(redirected, l => Assert.Contains("--no-launch-profile", l));
    }

    [Fact]
    public async Task Keygen_as_the_readme_runs_it_writes_only_the_key_to_stdout()
    {
        // The README's command, with --no-build: the test run has built the project already.
        var result = await ToolProcess.RunAsync("dotnet", ["run", "--no-build", "--no-launch-profile", "--", "keygen"],
            Path.Combine(ToolProcess.RepositoryRoot, "src", "PersonalCapitalService"), TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Matches("^[A-Za-z0-9+/]{43}=\n$", result.Output.ReplaceLineEndings("\n"));
    }

    [GeneratedRegex(@"\s>\s*\S")]
    private static partial Regex RedirectsStdout();
}
