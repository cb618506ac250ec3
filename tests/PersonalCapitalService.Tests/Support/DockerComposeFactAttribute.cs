namespace PersonalCapitalService.Tests.Support;

/// <summary>
/// A test that runs <c>docker-compose config</c> (Debian's <c>docker-compose</c> package checks a compose file without
/// any engine). Skipped, with the reason, where it is not installed; where <c>REQUIRE_DOCKER_COMPOSE=1</c> it always
/// runs, so a missing tool fails the build instead of silently skipping (as <see cref="ChromiumFactAttribute"/>).
/// </summary>
public sealed class DockerComposeFactAttribute : FactAttribute
{
    public const string RequireVariable = "REQUIRE_DOCKER_COMPOSE";

    public DockerComposeFactAttribute()
    {
        if (Environment.GetEnvironmentVariable(RequireVariable) != "1" && Executable is null)
        {
            Skip = $"docker-compose is not installed (Debian: apt-get install docker-compose). Set {RequireVariable}=1 to make its absence a failure.";
        }
    }

    /// <summary>The docker-compose on the PATH, or null.</summary>
    public static string? Executable =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "docker-compose"))
            .FirstOrDefault(File.Exists);
}
