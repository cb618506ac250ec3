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
        var result = await ToolProcess.RunAsync(DockerComposeFactAttribute.Executable ?? "docker-compose", ["-f", "compose.yaml", "config"],
            ToolProcess.RepositoryRoot, TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 0, result.Error);
        var resolved = result.Output;
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
}
