using System.Reflection;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary>The first hour: <c>--help</c> lists the verbs and main settings, a misspelt verb is refused, <c>--version</c> answers.</summary>
public sealed class HelpAndVersionTests
{
    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    public async Task Help_prints_every_verb_and_the_main_settings(string spelling)
    {
        var result = await ServiceProcess.RunAsync([spelling], timeout: TimeSpan.FromSeconds(30));

        Assert.Equal(0, result.ExitCode);
        foreach (var verb in new[] { "login", "encrypt", "keygen", "healthcheck", "--sandbox", "--version" })
        {
            Assert.Contains(verb, result.Output);
        }
        foreach (var setting in new[] { "BasicAuth__Username", "PersonalCapital__CredentialsFile", "PersonalCapital__EncryptionKey", "Logging__Format", "--urls" })
        {
            Assert.Contains(setting, result.Output);
        }
        Assert.DoesNotContain("Now listening", result.Output);
    }

    [Theory]
    [InlineData("lgoin")]
    [InlineData("serve")]
    public async Task An_unknown_verb_is_refused_with_the_list_instead_of_serving(string verb)
    {
        var result = await ServiceProcess.RunAsync([verb, "--urls", $"http://127.0.0.1:{ServiceProcess.FreePort()}"],
            new Dictionary<string, string?> { ["BasicAuth__Username"] = "u", ["BasicAuth__Password"] = "made-up" },
            timeout: TimeSpan.FromSeconds(30));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"Unknown verb '{verb}'", result.Error);
        Assert.Contains("login, encrypt, keygen", result.Error);
        Assert.DoesNotContain("Now listening", result.Output + result.Error);
    }

    [Fact]
    public async Task Version_prints_the_assemblys_informational_version()
    {
        var expected = Assembly.LoadFrom(ServiceProcess.ServiceDll).GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion.Split('+')[0];

        var result = await ServiceProcess.RunAsync(["--version"], timeout: TimeSpan.FromSeconds(30));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal($"PersonalCapitalService {expected}", result.Output.Trim());
    }
}
