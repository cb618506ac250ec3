using System.Diagnostics;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Docker;

/// <summary>
/// compose.yaml, checked by <c>docker-compose config</c> (no engine runs here): it parses, and what it resolves to is
/// the service the README describes: state and the SQLite store on the volume, secrets as files, a health check that
/// uses the app's own verb, and the time zone.
/// </summary>
public sealed class ComposeFileTests
{
    [DockerComposeFact]
    public async Task The_compose_file_is_valid_and_wires_volume_secrets_health_check_store_and_time_zone()
    {
        var root = RepositoryRoot();
        var start = new ProcessStartInfo(DockerComposeFactAttribute.Executable ?? "docker-compose")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-f", "compose.yaml", "config" })
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

        var resolved = await output;
        Assert.True(process.ExitCode == 0, await error);
        foreach (var expected in new[]
        {
            "pcs-data:/data",
            "Store__ConnectionString: Data Source=/data/pcs.db",
            "PersonalCapital__SessionFile: /data/session.json",
            "BasicAuth__Password_FILE: /run/secrets/basic_password",
            "PersonalCapital__EncryptionKey_FILE: /run/secrets/pcs_key",
            "TZ: ",
            "- healthcheck",
            "target: 8080",
        })
        {
            Assert.Contains(expected, resolved);
        }
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "compose.yaml")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException("compose.yaml not found above " + AppContext.BaseDirectory);
    }
}
