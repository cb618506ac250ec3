using System.Text.Json;
using Microsoft.Extensions.Logging.Abstractions;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Login;
using PersonalCapital.Client.Session;
using PersonalCapital.Client.Tests.Session;
using PersonalCapital.Client.Tests.Support;
using PersonalCapital.Client.Transport;
using static PersonalCapital.Client.Tests.Support.UpstreamPaths;

namespace PersonalCapital.Client.Tests.Persistence;

/// <summary>What the client leaves on disk after real logins, and how it treats a file it cannot use.</summary>
public sealed class SessionFileTests
{
    [Fact]
    public async Task After_login_the_file_is_private_and_holds_the_session_but_not_the_password()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("session.json");
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, path);

        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);

        Assert.True(File.Exists(path));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
        }
        var text = await File.ReadAllTextAsync(path);
        Assert.DoesNotContain(Sandboxes.Password, text);
        Assert.DoesNotContain(Sandboxes.FixedCode, text);
        var snapshot = await LoadAsync(path);
        Assert.NotNull(snapshot.Csrf);
        Assert.Contains(snapshot.Cookies, c => c.Name == "JSESSIONID");
        Assert.Contains(snapshot.Cookies, c => c.Name == "PMData" && c.Expires is not null);
        Assert.True(snapshot.IsFor(sandbox.BaseAddress));
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp"));
    }

    [Fact]
    public async Task With_an_encryption_key_the_file_shows_nothing_and_another_instance_with_the_key_reuses_it()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("session.json");
        var key = CredentialCipher.GenerateKey();
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, path, o => o.EncryptionKey = key))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }

        var text = await File.ReadAllTextAsync(path);
        var snapshot = await LoadAsync(path, key);
        using (var json = JsonDocument.Parse(text))
        {
            Assert.True(json.RootElement.TryGetProperty("encrypted", out _));
            Assert.False(json.RootElement.TryGetProperty("cookies", out _));
        }
        Assert.DoesNotContain("JSESSIONID", text);
        Assert.DoesNotContain(snapshot.Csrf!, text);
        Assert.All(snapshot.Cookies, c => Assert.DoesNotContain(c.Value, text));
        Assert.DoesNotContain(Sandboxes.Password, text);

        var before = await sandbox.GetStatsAsync();
        await using var second = ClientHarness.Create(sandbox, path, o => o.EncryptionKey = key);
        await second.Client.GetAccountsAsync();
        Assert.Equal(before.Login, (await sandbox.GetStatsAsync()).Login);
    }

    [Fact]
    public async Task A_corrupt_file_is_quarantined_and_the_client_logs_in_normally()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("session.json");
        await File.WriteAllTextAsync(path, "{ this is not a session");
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, path);

        var progress = await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);

        Assert.Equal(LoginProgress.Authenticated, progress);
        var quarantined = Assert.Single(Directory.GetFiles(folder.Path, "session.json.corrupt.*"));
        Assert.Equal("{ this is not a session", await File.ReadAllTextAsync(quarantined));
        Assert.True((await LoadAsync(path)).IsFor(sandbox.BaseAddress));
        await harness.Client.GetAccountsAsync();
    }

    [Fact]
    public async Task A_file_encrypted_with_another_key_is_quarantined_and_the_client_carries_on()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("session.json");
        await using var sandbox = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(sandbox, path, o => o.EncryptionKey = CredentialCipher.GenerateKey()))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        }
        await using var second = ClientHarness.Create(sandbox, path, o => o.EncryptionKey = CredentialCipher.GenerateKey());

        Assert.Equal(LoginProgress.NeedsSecondFactor, await second.Client.BeginLoginAsync());

        Assert.Single(Directory.GetFiles(folder.Path, "session.json.corrupt.*"));
    }

    [Fact]
    public async Task A_file_of_another_upstream_is_ignored()
    {
        using var folder = new TemporaryDirectory();
        var path = folder.File("session.json");
        await using var other = await Sandboxes.StartAsync();
        await using (var first = ClientHarness.Create(other, path))
        {
            await first.Client.LoginAsync(new SandboxCodeSource(other), TwoFactorMethod.Sms);
        }
        await using var sandbox = await Sandboxes.StartAsync();
        await using var harness = ClientHarness.Create(sandbox, path);

        var failure = await Assert.ThrowsAsync<UpstreamException>(() => harness.Client.GetAccountsAsync());

        // Nothing of the other session was replayed: no data call or probe with its cookies, straight to a fresh login.
        Assert.Equal(UpstreamFailure.SecondFactorRequired, failure.Failure);
        var stats = await sandbox.GetStatsAsync();
        Assert.Equal(0, stats[GetAccounts]);
        Assert.Equal(0, stats[QuerySession]);
        Assert.Equal(1, stats[IdentifyUser]);
        Assert.Contains(harness.Logs.Entries, e => e.Text.Contains("belongs to another upstream", StringComparison.Ordinal));

        await harness.Client.LoginAsync(new SandboxCodeSource(sandbox), TwoFactorMethod.Sms);
        Assert.True((await LoadAsync(path)).IsFor(sandbox.BaseAddress));
    }

    private static async Task<SessionSnapshot> LoadAsync(string path, string? key = null)
    {
        var store = new SessionFileStore(path, key, TimeProvider.System, NullLogger<SessionFileStore>.Instance);
        return await store.LoadAsync(CancellationToken.None) ?? throw new InvalidOperationException("no session file");
    }
}
