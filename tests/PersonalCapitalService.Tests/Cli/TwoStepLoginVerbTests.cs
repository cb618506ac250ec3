using PersonalCapital.Client.Credentials;
using PersonalCapital.Sandbox;
using PersonalCapitalService.Tests.Support;

namespace PersonalCapitalService.Tests.Cli;

/// <summary>
/// <c>login --send</c> then <c>login --code</c> as two processes with no stdin at all (<c>docker exec</c> or
/// <c>docker run</c> without <c>-i</c>), with a 4-digit code as Empower sends today (§12).
/// </summary>
public sealed class TwoStepLoginVerbTests : IDisposable
{
    private readonly TemporaryFolder _folder = new();
    private readonly string _key = CredentialCipher.GenerateKey();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Send_then_code_in_two_processes_logs_in_with_one_identify_and_one_challenge()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.TwoFactorCode = null);
        var issued = new List<string>();
        sandbox.Codes.Issued += c => issued.Add(c.Code);
        var environment = Environment(sandbox);

        var sent = await ServiceProcess.RunAsync(["login", "--send", "sms"], environment, input: null, workingDirectory: _folder.Path);

        Assert.True(sent.ExitCode == 0, sent.Error);
        Assert.Contains("login --code", sent.Output);
        var code = Assert.Single(issued);
        Assert.Matches("^[0-9]{4}$", code);

        var done = await ServiceProcess.RunAsync(["login", "--code", code], environment, input: null, workingDirectory: _folder.Path);

        Assert.True(done.ExitCode == 0, done.Error);
        Assert.Contains("Logged in", done.Output);
        Assert.Equal(1, sandbox.Stats["/api/login/identifyUser"]);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengeSms"]);
        Assert.Equal(1, sandbox.Stats["/api/credential/authenticateSms"]);
        Assert.Equal(1, sandbox.Stats["/api/credential/authenticatePassword"]);
        Assert.DoesNotContain(TestSandbox.Password, sent.Output + sent.Error + done.Output + done.Error);
        Assert.DoesNotContain("pending", File.ReadAllText(_folder.File("session.json")));
    }

    [Fact]
    public async Task Voice_can_be_sent_and_email_warns_that_it_may_not_arrive()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var voice = await ServiceProcess.RunAsync(["login", "--send", "voice"], Environment(sandbox), input: null, workingDirectory: _folder.Path);
        var email = await ServiceProcess.RunAsync(["login", "--send", "email"], Environment(sandbox), input: null, workingDirectory: _folder.Path);

        Assert.True(voice.ExitCode == 0, voice.Error);
        Assert.Equal(1, sandbox.Stats["/api/credential/challengePhone"]);
        Assert.True(email.ExitCode == 0, email.Error);
        Assert.Contains("never arrive", email.Output);
    }

    [Fact]
    public async Task A_code_with_nothing_waiting_says_what_to_do_first()
    {
        await using var sandbox = await TestSandbox.StartAsync();

        var result = await ServiceProcess.RunAsync(["login", "--code", "1034"], Environment(sandbox), input: null, workingDirectory: _folder.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("login --send sms", result.Error);
        Assert.Equal(0, sandbox.Stats["/api/credential/authenticateSms"]);
    }

    [Theory]
    [InlineData("--send", "totp")]
    [InlineData("--send", "pigeon")]
    [InlineData("--code", "12ab")]
    [InlineData("--code", null)]
    public async Task Bad_switches_are_refused_before_any_upstream_call(string name, string? value)
    {
        await using var sandbox = await TestSandbox.StartAsync();
        string[] args = value is null ? ["login", name] : ["login", name, value];

        var result = await ServiceProcess.RunAsync(args, Environment(sandbox), input: null, workingDirectory: _folder.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error.Trim());
        Assert.Equal(0, sandbox.Stats["/page/login/goHome"]);
    }

    [Fact]
    public async Task Once_the_upstream_refused_more_codes_the_next_send_waits_without_asking_it()
    {
        await using var sandbox = await TestSandbox.StartAsync(o => o.ChallengeLimit = 1);
        var environment = Environment(sandbox);
        await ServiceProcess.RunAsync(["login", "--send", "sms"], environment, input: null, workingDirectory: _folder.Path);

        var capped = await ServiceProcess.RunAsync(["login", "--send", "sms"], environment, input: null, workingDirectory: _folder.Path);
        var challenges = sandbox.Stats["/api/credential/challengeSms"];
        var held = await ServiceProcess.RunAsync(["login", "--send", "voice"], environment, input: null, workingDirectory: _folder.Path);

        Assert.Equal(1, capped.ExitCode);
        Assert.Contains("AUAC_12", capped.Error);
        Assert.Equal(1, held.ExitCode);
        Assert.Contains("No new code can be asked for before", held.Error);
        Assert.Equal(challenges, sandbox.Stats["/api/credential/challengeSms"]);
        Assert.Equal(0, sandbox.Stats["/api/credential/challengePhone"]);
    }

    private Dictionary<string, string?> Environment(SandboxServer sandbox)
    {
        File.WriteAllText(_folder.File("creds.json"),
            $$"""{"user": "{{CredentialCipher.Encrypt(TestSandbox.Username, _key)}}", "pass": "{{CredentialCipher.Encrypt(TestSandbox.Password, _key)}}"}""");
        return new Dictionary<string, string?>
        {
            ["PersonalCapital__BaseUrl"] = sandbox.BaseAddress.AbsoluteUri,
            ["PersonalCapital__CredentialsFile"] = _folder.File("creds.json"),
            ["PersonalCapital__EncryptionKey"] = _key,
            ["PersonalCapital__SessionFile"] = _folder.File("session.json"),
        };
    }
}
