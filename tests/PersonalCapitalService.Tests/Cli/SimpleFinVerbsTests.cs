using System.Text;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary><c>simplefin-token</c> and <c>simplefin-credentials</c> as processes: stdout is the answer and nothing else.</summary>
public sealed class SimpleFinVerbsTests : IDisposable
{
    private const string PublicUrl = "https://bridge.example.net/pcs";

    private readonly TemporaryFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private Dictionary<string, string?> Environment(string? publicUrl) => new()
    {
        ["SimpleFin__PublicUrl"] = publicUrl,
        ["PersonalCapital__SessionFile"] = _folder.File("session.json"),
    };

    [Fact]
    public async Task The_token_verb_prints_only_the_token_a_base64_claim_url_under_the_public_url()
    {
        var result = await ServiceProcess.RunAsync(["simplefin-token"], Environment(PublicUrl), workingDirectory: _folder.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        var line = Assert.Single(result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var claimUrl = Encoding.UTF8.GetString(Convert.FromBase64String(line.Trim()));
        Assert.StartsWith(PublicUrl + "/simplefin/claim/", claimUrl);
        Assert.Contains("One claim, before", result.Error);
        Assert.True(File.Exists(_folder.File("simplefin-access.json")));
        Assert.DoesNotContain(claimUrl[(claimUrl.LastIndexOf('/') + 1)..], await File.ReadAllTextAsync(_folder.File("simplefin-access.json")));

        var listed = await ServiceProcess.RunAsync(["simplefin-credentials"], Environment(PublicUrl), workingDirectory: _folder.Path);
        Assert.Equal(0, listed.ExitCode);
        Assert.Equal("", listed.Output.Trim());
    }

    [Fact]
    public async Task Without_a_public_url_or_with_a_wrong_one_the_token_verb_names_the_setting_and_exits_2()
    {
        var missing = await ServiceProcess.RunAsync(["simplefin-token"], Environment(null), workingDirectory: _folder.Path);
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("SimpleFin__PublicUrl", missing.Error);
        Assert.Equal("", missing.Output);

        var withCredentials = await ServiceProcess.RunAsync(["simplefin-token"], Environment("https://user:pass@bridge.example.net"),
            workingDirectory: _folder.Path);
        Assert.Equal(2, withCredentials.ExitCode);
        Assert.Contains("SimpleFin__PublicUrl", withCredentials.Error);
        Assert.False(File.Exists(_folder.File("simplefin-access.json")));
    }

    [Theory]
    [InlineData("forget")]
    [InlineData("revoke")]
    public async Task The_credentials_verb_refuses_what_it_does_not_know(string action)
    {
        var result = await ServiceProcess.RunAsync(["simplefin-credentials", action], Environment(PublicUrl), workingDirectory: _folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("simplefin-credentials list", result.Error);
    }
}
