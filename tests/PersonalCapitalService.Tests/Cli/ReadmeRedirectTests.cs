using System.Diagnostics;
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
        var redirected = File.ReadAllLines(Path.Combine(Root(), "README.md"))
            .Where(l => l.TrimStart().StartsWith("dotnet run", StringComparison.Ordinal) && RedirectsStdout().IsMatch(l))
            .ToList();

        Assert.NotEmpty(redirected);
        Assert.All(redirected, l => Assert.Contains("--no-launch-profile", l));
    }

    [Fact]
    public async Task Keygen_as_the_readme_runs_it_writes_only_the_key_to_stdout()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.Combine(Root(), "src", "PersonalCapitalService"),
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The README's command, with --no-build: the test run has built the project already.
        foreach (var argument in new[] { "run", "--no-build", "--no-launch-profile", "--", "keygen" })
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            ServiceProcess.Stop(process);
        }

        Assert.True(process.ExitCode == 0, await error);
        Assert.Matches("^[A-Za-z0-9+/]{43}=\n$", (await output).ReplaceLineEndings("\n"));
    }

    [GeneratedRegex(@"\s>\s*\S")]
    private static partial Regex RedirectsStdout();

    private static string Root()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "README.md")) && Directory.Exists(Path.Combine(folder.FullName, "src")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("README.md not found above " + AppContext.BaseDirectory);
    }
}
