using System.Net;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Docker;

/// <summary>
/// No Docker engine runs here, so the image is checked piece by piece: the Dockerfile's own publish command is run,
/// and what it produced is started the way the image starts it, with its HEALTHCHECK command.
/// </summary>
public sealed partial class DockerfileTests
{
    private static readonly string RepositoryRoot = ToolProcess.RepositoryRoot;

    private static string Dockerfile => File.ReadAllText(Path.Combine(RepositoryRoot, "Dockerfile"));

    [Fact]
    public void The_image_runs_as_non_root_on_port_8080_with_state_on_one_volume_and_a_self_healthcheck()
    {
        var dockerfile = Dockerfile;
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/sdk:10\.0 AS build$", dockerfile);
        Assert.Matches(@"(?m)^FROM mcr\.microsoft\.com/dotnet/aspnet:10\.0 AS runtime$", dockerfile);
        Assert.Matches(@"(?m)^USER \$APP_UID$", dockerfile);
        Assert.Matches(@"(?m)^EXPOSE 8080$", dockerfile);
        Assert.Matches(@"(?m)^VOLUME /data$", dockerfile);
        Assert.Contains("PersonalCapital__SessionFile=/data/session.json", dockerfile);
        Assert.Contains("PersonalCapital__CredentialsFile=/data/creds.json", dockerfile);
        Assert.Contains("Store__ConnectionString=\"Data Source=/data/pcs.db\"", dockerfile);
        Assert.Matches("""(?m)CMD \["dotnet", "/app/PersonalCapitalService.dll", "healthcheck"\]""", dockerfile);
        Assert.Matches("""(?m)^ENTRYPOINT \["dotnet", "/app/PersonalCapitalService.dll"\]$""", dockerfile);
    }

    [Theory]
    [InlineData("**/session.json")]
    [InlineData("**/creds.json")]
    [InlineData("**/*.key")]
    [InlineData("**/*.corrupt.*")]
    [InlineData("**/bin/")]
    [InlineData("**/obj/")]
    [InlineData(".git/")]
    public void The_build_context_leaves_out_secrets_state_and_build_output(string pattern)
    {
        var ignored = File.ReadAllLines(Path.Combine(RepositoryRoot, ".dockerignore")).Select(l => l.Trim());
        Assert.Contains(pattern, ignored);
    }

    [Fact]
    public async Task What_the_dockerfile_publishes_starts_serves_and_passes_its_own_healthcheck()
    {
        using var output = new TemporaryFolder();
        var publish = PublishCommand().Match(Dockerfile);
        Assert.True(publish.Success, "the Dockerfile has no 'RUN dotnet publish … -o /app' line");
        var arguments = publish.Groups["args"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(a => a == "/app" ? output.Path : a)
            .Where(a => a != "--no-restore")
            .ToList();

        var published = await ToolProcess.RunAsync("dotnet", arguments, RepositoryRoot, TimeSpan.FromMinutes(5));
        Assert.True(published.ExitCode == 0, published.Output + published.Error);
        var dll = Path.Combine(output.Path, "PersonalCapitalService.dll");
        Assert.True(File.Exists(dll));
        Assert.False(File.Exists(Path.Combine(output.Path, "appsettings.Development.json")));
        Assert.Empty(Directory.GetFiles(output.Path, "*.pdb"));
        // The sandbox stays in the image: --sandbox needs it (and is how this test starts the app).
        Assert.True(File.Exists(Path.Combine(output.Path, "PersonalCapital.Sandbox.dll")));

        using var state = new TemporaryFolder();
        var port = ServiceProcess.FreePort();
        using var server = ServiceProcess.Start(dll, ["--sandbox"], new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }, workingDirectory: state.Path);
        try
        {
            var healthy = false;
            for (var attempt = 0; attempt < 120 && !healthy; attempt++)
            {
                await Task.Delay(250);
                var check = await ServiceProcess.RunAsync(dll, ["healthcheck"], new Dictionary<string, string?>
                {
                    ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                });
                healthy = check.ExitCode == 0;
            }
            Assert.True(healthy, "the published app never passed its healthcheck verb");

            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String("demo:demo"u8.ToArray()));
            using var hello = await http.GetAsync("");
            Assert.Equal(HttpStatusCode.OK, hello.StatusCode);
        }
        finally
        {
            ServiceProcess.Stop(server);
        }
    }

    [GeneratedRegex(@"(?m)^RUN dotnet (?<args>publish .+)$")]
    private static partial Regex PublishCommand();
}
