using PersonalCapital.Client.Credentials;
using PersonalCapital.Sandbox;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary><c>login</c> reading the code from stdin, as a process against a sandbox, with encrypted credentials in creds.json.</summary>
public sealed class LoginVerbTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _key = CredentialCipher.GenerateKey();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_piped_code_logs_in_saves_a_private_session_and_the_next_login_needs_no_code()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var environment = Environment(sandbox, TestSandbox.Password);

        var first = await ServiceProcess.RunAsync(["login"], environment, input: TestSandbox.Code + "\n", workingDirectory: _folder.Path);

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Logged in", first.Output);
        Assert.Contains("code: ", first.Error);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(_folder.File("session.json")));
        }
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
        Assert.Equal(1, sandbox.Stats["/api/credential/authenticateSms"]);

        var second = await ServiceProcess.RunAsync(["login"], environment, input: "", workingDirectory: _folder.Path);

        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("without a code", second.Output);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
        AssertNoSecrets(first, second);
    }

    [Fact]
    public async Task Email_can_be_chosen_on_the_command_line()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ServiceProcess.RunAsync(["login", "email"], Environment(sandbox, TestSandbox.Password),
            input: TestSandbox.Code + "\n", workingDirectory: _folder.Path);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeEmail"]);
        Assert.Equal(0, sandbox.Stats["/api/credential/challengeSms"]);
    }

    [Theory]
    [InlineData("99")]
    [InlineData("2")]
    [InlineData("carrier-pigeon")]
    public async Task An_unknown_second_factor_is_refused_before_any_upstream_call(string method)
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ServiceProcess.RunAsync(["login", method], Environment(sandbox, TestSandbox.Password),
            input: TestSandbox.Code + "\n", workingDirectory: _folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("use sms, email, voice or totp", result.Error);
        Assert.Equal(0, sandbox.Stats["/page/login/goHome"]);
    }

    [Fact]
    public async Task A_wrong_code_fails_clearly_and_keeps_only_the_waiting_sign_in_for_a_second_try()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ServiceProcess.RunAsync(["login"], Environment(sandbox, TestSandbox.Password),
            input: "000000\n", workingDirectory: _folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("did not accept the code", result.Error);
        Assert.Equal(1, sandbox.Stats["/api/credential/authenticateSms"]);

        // What was saved is the sign-in waiting for its code, not a session: login --code finishes it, no new SMS.
        var retry = await ServiceProcess.RunAsync(["login", "--code", TestSandbox.Code], Environment(sandbox, TestSandbox.Password),
            input: null, workingDirectory: _folder.Path);
        Assert.True(retry.ExitCode == 0, retry.Error);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
    }

    [Fact]
    public async Task No_code_on_stdin_fails_after_one_challenge()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ServiceProcess.RunAsync(["login"], Environment(sandbox, TestSandbox.Password),
            input: "", workingDirectory: _folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No code", result.Error);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
    }

    [Fact]
    public async Task A_wrong_password_fails_once_without_retrying()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ServiceProcess.RunAsync(["login"], Environment(sandbox, "not-the-password"),
            input: TestSandbox.Code + "\n", workingDirectory: _folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Login failed", result.Error);
        Assert.Equal(1, sandbox.Stats["/api/credential/authenticatePassword"]);
        Assert.DoesNotContain("not-the-password", result.Output + result.Error);
    }

    [Fact]
    public async Task A_wrong_key_for_creds_json_is_a_configuration_error_naming_the_file()
    {
        await using var sandbox = await TestSandbox.StartAsync();
        var environment = Environment(sandbox, TestSandbox.Password);
        environment["PersonalCapital__EncryptionKey"] = CredentialCipher.GenerateKey();

        var result = await ServiceProcess.RunAsync(["login"], environment, input: TestSandbox.Code + "\n", workingDirectory: _folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("creds.json", result.Error);
        Assert.Equal(0, sandbox.Stats["/api/login/identifyUser"]);
    }

    private Dictionary<string, string?> Environment(SandboxServer sandbox, string password)
    {
        File.WriteAllText(_folder.File("creds.json"),
            $$"""{"user": "{{CredentialCipher.Encrypt(TestSandbox.Username, _key)}}", "pass": "{{CredentialCipher.Encrypt(password, _key)}}"}""");
        return new Dictionary<string, string?>
        {
            ["PersonalCapital__BaseUrl"] = sandbox.BaseAddress.AbsoluteUri,
            ["PersonalCapital__CredentialsFile"] = _folder.File("creds.json"),
            ["PersonalCapital__EncryptionKey"] = _key,
            ["PersonalCapital__SessionFile"] = _folder.File("session.json"),
        };
    }

    private void AssertNoSecrets(params ServiceProcess.Result[] results)
    {
        var everything = string.Join("\n", results.Select(r => r.Output + r.Error));
        Assert.DoesNotContain(TestSandbox.Password, everything);
        Assert.DoesNotContain(_key, everything);
        var session = File.ReadAllText(_folder.File("session.json"));
        Assert.DoesNotContain(TestSandbox.Password, session);
    }
}
