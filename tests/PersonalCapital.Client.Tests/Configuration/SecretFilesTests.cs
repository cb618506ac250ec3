using Microsoft.Extensions.Configuration;
using PersonalCapital.Client.Configuration;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Tests.Session;

namespace PersonalCapital.Client.Tests.Configuration;

public sealed class SecretFilesTests : IDisposable
{
    private const string Secret = "made-up-secret-Value";

    private readonly TemporaryDirectory folder = new();
    private readonly List<string> environmentVariables = [];

    public void Dispose()
    {
        foreach (var name in environmentVariables)
        {
            Environment.SetEnvironmentVariable(name, null);
        }

        folder.Dispose();
    }

    [Fact]
    public void A_file_key_provides_the_plain_key()
    {
        var file = WriteSecret("password", Secret);

        var configuration = Build(new() { ["PersonalCapital:Password_FILE"] = file });

        Assert.Equal(Secret, configuration["PersonalCapital:Password"]);
    }

    [Fact]
    public void Variables_outside_a_section_are_not_secret_files_even_when_their_name_ends_in_FILE()
    {
        // Machines carry variables such as TF_CLI_CONFIG_FILE naming files that may not exist; they are not ours.
        var configuration = Build(new() { ["TF_CLI_CONFIG_FILE"] = Path.Combine(folder.Path, "missing") });

        Assert.Null(configuration["TF_CLI_CONFIG"]);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r\n\n\n")]
    public void Trailing_line_breaks_are_trimmed_and_nothing_else(string lineBreaks)
    {
        var file = WriteSecret("password", "  " + Secret + " \t" + lineBreaks);

        var configuration = Build(new() { ["PersonalCapital:Password_FILE"] = file });

        Assert.Equal("  " + Secret + " \t", configuration["PersonalCapital:Password"]);
    }

    [Fact]
    public void Environment_variables_in_docker_style_work()
    {
        var prefix = $"PCTEST_{Guid.NewGuid():N}_";
        var file = WriteSecret("password", Secret + "\n");
        SetEnvironmentVariable(prefix + "PersonalCapital__Password_FILE", file);
        SetEnvironmentVariable(prefix + "PersonalCapital__Username", "made-up-user@example.com");

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables(prefix)
            .AddSecretFiles()
            .Build();

        Assert.Equal(Secret, configuration["PersonalCapital:Password"]);
        var options = configuration.GetSection(PersonalCapitalOptions.SectionName).Get<PersonalCapitalOptions>()!;
        Assert.Equal(new UpstreamCredentials("made-up-user@example.com", Secret), CredentialsLoader.Load(options));
    }

    [Fact]
    public void Every_key_with_the_suffix_is_served_whatever_its_case()
    {
        var basicAuth = WriteSecret("basic", "made-up-basic-password");
        var key = WriteSecret("key", "made-up-key");

        var configuration = Build(new()
        {
            ["BasicAuth:Password_FILE"] = basicAuth,
            ["PersonalCapital:EncryptionKey_file"] = key,
        });

        Assert.Equal("made-up-basic-password", configuration["BasicAuth:Password"]);
        Assert.Equal("made-up-key", configuration["PersonalCapital:EncryptionKey"]);
    }

    [Fact]
    public void Works_with_a_configuration_manager_as_hosts_use()
    {
        var file = WriteSecret("password", Secret);
        var manager = new ConfigurationManager();
        manager.AddInMemoryCollection(new Dictionary<string, string?> { ["PersonalCapital:Password_FILE"] = file });

        manager.AddSecretFiles();

        Assert.Equal(Secret, manager["PersonalCapital:Password"]);
    }

    [Fact]
    public void Setting_both_the_key_and_its_file_is_an_error_naming_both_keys_and_no_value()
    {
        var file = WriteSecret("password", Secret);

        var exception = Assert.Throws<SecretFileException>(() => Build(new()
        {
            ["PersonalCapital:Password"] = "made-up-plain-password",
            ["PersonalCapital:Password_FILE"] = file,
        }));

        Assert.Contains("'PersonalCapital__Password'", exception.Message);
        Assert.Contains("'PersonalCapital__Password_FILE'", exception.Message);
        Assert.DoesNotContain("made-up-plain-password", exception.ToString());
        Assert.DoesNotContain(Secret, exception.ToString());
    }

    [Fact]
    public void Both_set_is_caught_across_sources()
    {
        var prefix = $"PCTEST_{Guid.NewGuid():N}_";
        SetEnvironmentVariable(prefix + "PersonalCapital__Password_FILE", WriteSecret("password", Secret));
        var builder = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PersonalCapital:Password"] = "made-up-plain-password" })
            .AddEnvironmentVariables(prefix)
            .AddSecretFiles();

        Assert.Throws<SecretFileException>(() => builder.Build());
    }

    [Fact]
    public void An_empty_plain_key_does_not_count_as_set()
    {
        var file = WriteSecret("password", Secret);

        var configuration = Build(new()
        {
            ["PersonalCapital:Password"] = "",
            ["PersonalCapital:Password_FILE"] = file,
        });

        Assert.Equal(Secret, configuration["PersonalCapital:Password"]);
    }

    [Fact]
    public void A_missing_file_is_an_error_naming_the_key_and_the_path()
    {
        var missing = folder.File("no-such-secret");

        var exception = Assert.Throws<SecretFileException>(() => Build(new() { ["PersonalCapital:Password_FILE"] = missing }));

        Assert.Contains("'PersonalCapital__Password_FILE'", exception.Message);
        Assert.Contains(missing, exception.Message);
    }

    [Fact]
    public void An_unreadable_path_is_an_error_naming_the_key_and_the_path()
    {
        // A folder where a file is expected cannot be read on any platform, even as root.
        var exception = Assert.Throws<SecretFileException>(() => Build(new() { ["PersonalCapital:Password_FILE"] = folder.Path }));

        Assert.Contains("'PersonalCapital__Password_FILE'", exception.Message);
        Assert.Contains(folder.Path, exception.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    public void An_empty_file_is_an_error(string content)
    {
        var file = WriteSecret("password", content);

        var exception = Assert.Throws<SecretFileException>(() => Build(new() { ["PersonalCapital:Password_FILE"] = file }));

        Assert.Contains("empty", exception.Message);
        Assert.Contains(file, exception.Message);
    }

    [Fact]
    public void Sources_added_after_it_are_not_looked_at()
    {
        var file = WriteSecret("password", Secret);
        var configuration = new ConfigurationBuilder()
            .AddSecretFiles()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["PersonalCapital:Password_FILE"] = file })
            .Build();

        Assert.Null(configuration["PersonalCapital:Password"]);
    }

    private static IConfigurationRoot Build(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(settings)
            .AddSecretFiles()
            .Build();

    private string WriteSecret(string name, string content)
    {
        var path = folder.File(name);
        File.WriteAllText(path, content);
        return path;
    }

    private void SetEnvironmentVariable(string name, string value)
    {
        environmentVariables.Add(name);
        Environment.SetEnvironmentVariable(name, value);
    }
}
