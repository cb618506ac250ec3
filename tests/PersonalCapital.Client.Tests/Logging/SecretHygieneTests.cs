using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using SandboxLoginFlow = PersonalCapital.Sandbox.LoginFlow;

namespace PersonalCapital.Client.Tests.Logging;

/// <summary>Secrets never reach logs (architecture, design rules), whatever category logs them and at whatever level.</summary>
public sealed class SecretHygieneTests
{
    // Distinctive made-up values, so that a match can only be a leak.
    private const string Password = "Sandbox-Only-Pa55word!";
    private const string Code = "864209";
    private const string WrongCode = "975318";

    [Theory]
    [InlineData(SandboxLoginFlow.Legacy)]
    [InlineData(SandboxLoginFlow.Multiauth)]
    public async Task No_password_code_csrf_cookie_or_key_reaches_any_log(SandboxLoginFlow flow)
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("session.json");
        var key = CredentialCipher.GenerateKey();
        var wire = new WireSecrets();
        await using var sandbox = await Sandboxes.StartAsync(o =>
        {
            o.Password = Password;
            o.TwoFactorCode = Code;
            o.LoginFlow = flow;
        });
        var issued = new List<string>();
        sandbox.Codes.Issued += code => { lock (issued) { issued.Add(code.Code); } };
        await using var harness = ClientHarness.Create(sandbox, path,
            o =>
            {
                o.Password = Password;
                o.EncryptionKey = key;
            },
            services: s => s.ConfigureHttpClientDefaults(http => http.AddHttpMessageHandler(() => new WireSecrets.Handler(wire))));
        var client = harness.Client;
        var messages = new List<string>();

        // A data call that needs a human, a human login with a wrong code first, data calls, a silent renewal.
        messages.Add((await Assert.ThrowsAsync<UpstreamException>(() => client.GetAccountsAsync())).ToString());
        await client.BeginLoginAsync();
        await client.SendChallengeAsync(TwoFactorMethod.Sms);
        messages.Add((await Assert.ThrowsAsync<UpstreamException>(() => client.CompleteLoginAsync(WrongCode))).ToString());
        await client.CompleteLoginAsync(Code);
        var firstSession = await LoadAsync(path, key);
        await client.GetAccountsAsync();
        await sandbox.ExpireSessionsAsync();
        await client.GetAccounts2Async();
        await client.KeepAliveAsync();
        var secondSession = await LoadAsync(path, key);
        messages.Add(client.Status.ToString());

        var secrets = new Dictionary<string, string>
        {
            [Password] = "password",
            [Code] = "code",
            [WrongCode] = "wrong code",
            [key] = "encryption key",
        };
        foreach (var code in issued)
        {
            secrets.TryAdd(code, "issued code");
        }
        foreach (var session in new[] { firstSession, secondSession })
        {
            secrets.TryAdd(session.Csrf!, "saved csrf");
            foreach (var cookie in session.Cookies)
            {
                secrets.TryAdd(cookie.Value, "saved cookie " + cookie.Name);
            }
        }
        foreach (var (value, where) in wire.Seen)
        {
            secrets.TryAdd(value, where);
        }
        // The test saw the secrets it looks for: the password went out, cookies and csrf tokens came back.
        Assert.Contains(Password, wire.Seen.Keys);
        Assert.Contains(wire.Seen.Values, where => where.StartsWith("Set-Cookie JSESSIONID", StringComparison.Ordinal));
        Assert.Contains(wire.Seen.Values, where => where.StartsWith("Set-Cookie PMData", StringComparison.Ordinal));
        Assert.True(wire.Seen.Values.Count(where => where.EndsWith(" csrf", StringComparison.Ordinal)) >= 3);

        var logs = harness.Logs;
        Assert.Contains(logs.Entries, e => e.Category.StartsWith("System.Net.Http.HttpClient", StringComparison.Ordinal)
            && e.Level == Microsoft.Extensions.Logging.LogLevel.Trace);
        Assert.Contains(logs.Entries, e => e.Category.StartsWith("PersonalCapital.Client", StringComparison.Ordinal));
        var text = logs.AllText + string.Join(Environment.NewLine, messages);
        Assert.All(secrets, secret => Assert.False(
            text.Contains(secret.Key, StringComparison.Ordinal),
            $"The {secret.Value} appears in the logs or messages."));
    }

    private static async Task<SessionSnapshot> LoadAsync(string path, string key) =>
        await new SessionFileStore(path, key, TimeProvider.System, NullLogger<SessionFileStore>.Instance).LoadAsync(CancellationToken.None)
            ?? throw new InvalidOperationException("no session file");
}
