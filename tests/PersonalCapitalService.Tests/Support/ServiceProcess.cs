using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace PersonalCapitalService.Tests.Support;

/// <summary>
/// Runs the built service (PersonalCapitalService.dll beside the tests) as a real process, as a user would: with
/// arguments, environment variables, stdin, and a working folder; always killed and awaited before returning.
/// </summary>
internal static class ServiceProcess
{
    public static string ServiceDll => Path.Combine(AppContext.BaseDirectory, "PersonalCapitalService.dll");

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Task<Result> RunAsync(
        IEnumerable<string> arguments,
        IDictionary<string, string?>? environment = null,
        string? input = null,
        string? workingDirectory = null,
        TimeSpan? timeout = null) =>
        RunAsync(ServiceDll, arguments, environment, input, workingDirectory, timeout);

    public static async Task<Result> RunAsync(
        string dll,
        IEnumerable<string> arguments,
        IDictionary<string, string?>? environment = null,
        string? input = null,
        string? workingDirectory = null,
        TimeSpan? timeout = null)
    {
        using var process = Start(dll, arguments, environment, workingDirectory);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (input is not null)
        {
            await process.StandardInput.WriteAsync(input);
        }
        process.StandardInput.Close();
        using var limit = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        finally
        {
            Stop(process);
        }
        return new Result(process.ExitCode, await output, await error);
    }

    /// <summary>Starts a long-running process (the server); the caller stops it with <see cref="Stop"/>.</summary>
    public static Process Start(
        string dll,
        IEnumerable<string> arguments,
        IDictionary<string, string?>? environment = null,
        string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? AppContext.BaseDirectory,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(dll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        // Only what the test gives: nothing from the developer's own shell may change the outcome.
        foreach (var key in start.Environment.Keys.Where(IsServiceSetting).ToList())
        {
            start.Environment.Remove(key);
        }
        start.Environment["DOTNET_NOLOGO"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string?>())
        {
            start.Environment[key] = value;
        }
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
    }

    public static void Stop(Process process)
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    /// <summary>A port that was free a moment ago (the process binds it itself).</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static bool IsServiceSetting(string key) =>
        key.StartsWith("PersonalCapital", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("BasicAuth", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("Sandbox", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("ASPNETCORE_", StringComparison.OrdinalIgnoreCase)
        || key.StartsWith("DOTNET_ENVIRONMENT", StringComparison.OrdinalIgnoreCase);
}
