using System.Diagnostics;

namespace PersonalCapitalService.Tests.Support;

/// <summary>Runs a command-line tool (dotnet, docker-compose) in the repository as a developer would, always awaited and stopped.</summary>
internal static class ToolProcess
{
    /// <summary>The repository's root folder (the one with README.md and src/), found above the test binaries.</summary>
    public static string RepositoryRoot { get; } = FindRoot();

    public static async Task<ServiceProcess.Result> RunAsync(string executable, IEnumerable<string> arguments, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            ServiceProcess.Stop(process);
        }
        return new ServiceProcess.Result(process.ExitCode, await output, await error);
    }

    private static string FindRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "README.md")) && Directory.Exists(Path.Combine(folder.FullName, "src")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("The repository (README.md and src/) was not found above " + AppContext.BaseDirectory);
    }
}
