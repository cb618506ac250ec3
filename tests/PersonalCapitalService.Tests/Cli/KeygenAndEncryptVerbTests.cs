using PersonalCapital.Client.Credentials;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

public sealed class KeygenAndEncryptVerbTests
{
    private const string Secret = "made-up-Empower-password!";

    [Fact]
    public async Task Keygen_prints_a_fresh_256_bit_key_each_time()
    {
        var first = await ServiceProcess.RunAsync(["keygen"]);
        var second = await ServiceProcess.RunAsync(["keygen"]);

        Assert.Equal(0, first.ExitCode);
        var key = first.Output.Trim();
        Assert.Equal(32, Convert.FromBase64String(key).Length);
        Assert.NotEqual(key, second.Output.Trim());
    }

    [Fact]
    public async Task Encrypt_reads_the_secret_from_stdin_and_prints_a_token_that_decrypts_with_the_key()
    {
        var key = CredentialCipher.GenerateKey();

        var result = await ServiceProcess.RunAsync(["encrypt"],
            new Dictionary<string, string?> { ["PersonalCapital__EncryptionKey"] = key }, input: Secret + "\n");

        Assert.Equal(0, result.ExitCode);
        var token = result.Output.Trim();
        Assert.Equal(Secret, CredentialCipher.Decrypt(token, key));
        Assert.DoesNotContain(Secret, result.Output + result.Error);
    }

    [Fact]
    public async Task Encrypt_takes_the_key_from_a_file_too()
    {
        using var folder = new TemporaryFolder();
        var key = CredentialCipher.GenerateKey();
        await File.WriteAllTextAsync(folder.File("key"), key + "\n");

        var result = await ServiceProcess.RunAsync(["encrypt"],
            new Dictionary<string, string?> { ["PersonalCapital__EncryptionKey_FILE"] = folder.File("key") }, input: Secret);

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Secret, CredentialCipher.Decrypt(result.Output.Trim(), key));
    }

    [Fact]
    public async Task Encrypt_without_a_key_says_what_to_set_and_fails()
    {
        var result = await ServiceProcess.RunAsync(["encrypt"], input: Secret);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PersonalCapital__EncryptionKey", result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Encrypt_with_a_malformed_key_fails_without_echoing_the_key()
    {
        const string badKey = "bm90LWEta2V5";
        var result = await ServiceProcess.RunAsync(["encrypt"],
            new Dictionary<string, string?> { ["PersonalCapital__EncryptionKey"] = badKey }, input: Secret);

        Assert.Equal(2, result.ExitCode);
        Assert.DoesNotContain(badKey, result.Error);
        Assert.Equal("", result.Output);
    }

    [Fact]
    public async Task Encrypt_with_nothing_on_stdin_fails()
    {
        var result = await ServiceProcess.RunAsync(["encrypt"],
            new Dictionary<string, string?> { ["PersonalCapital__EncryptionKey"] = CredentialCipher.GenerateKey() }, input: "");

        Assert.Equal(1, result.ExitCode);
        Assert.Equal("", result.Output);
    }
}
