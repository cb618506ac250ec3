using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Client.Credentials;
using PersonalCapital.Client.Session;

namespace PersonalCapital.Client.Tests.Session;

public sealed class SessionFileStoreTests : IDisposable
{
    private const string CookieValue = "made-up-jsessionid-0123456789";
    private const string DeviceValue = "made-up-pmdata-9876543210";
    private const string Csrf = "made-up-csrf-abcdef";

    private static readonly DateTimeOffset Start = new(2031, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private readonly TemporaryDirectory folder = new();
    private readonly FakeTimeProvider time = new(Start);
    private readonly RecordingLogger<SessionFileStore> logger = new();
    private readonly string path;

    public SessionFileStoreTests() => path = folder.File("session.json");

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task A_saved_session_loads_back_unchanged()
    {
        var store = Store();
        var snapshot = Snapshot();

        await store.SaveAsync(snapshot, CancellationToken.None);
        var loaded = await store.LoadAsync(CancellationToken.None);

        AssertSame(snapshot, loaded);
    }

    [Fact]
    public async Task An_encrypted_session_loads_back_unchanged_and_shows_nothing_on_disk()
    {
        var store = Store(CredentialCipher.GenerateKey());
        var snapshot = Snapshot();

        await store.SaveAsync(snapshot, CancellationToken.None);
        var onDisk = File.ReadAllText(path);
        var loaded = await store.LoadAsync(CancellationToken.None);

        AssertSame(snapshot, loaded);
        Assert.DoesNotContain(CookieValue, onDisk);
        Assert.DoesNotContain(DeviceValue, onDisk);
        Assert.DoesNotContain(Csrf, onDisk);
        Assert.DoesNotContain("JSESSIONID", onDisk);
        using var json = JsonDocument.Parse(onDisk);
        Assert.Equal(1, json.RootElement.GetProperty("version").GetInt32());
        Assert.StartsWith("v1:", json.RootElement.GetProperty("encrypted").GetString());
    }

    [Fact]
    public async Task The_plain_file_is_versioned_camel_case_json_with_every_cookie_attribute()
    {
        await Store().SaveAsync(Snapshot(), CancellationToken.None);

        using var json = JsonDocument.Parse(File.ReadAllText(path));
        var root = json.RootElement;
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("http://127.0.0.1:5123", root.GetProperty("baseUrl").GetString());
        Assert.Equal(Csrf, root.GetProperty("csrf").GetString());
        Assert.Equal(Start, root.GetProperty("savedAt").GetDateTimeOffset());
        var device = root.GetProperty("cookies").EnumerateArray().Single(cookie => cookie.GetProperty("name").GetString() == "PMData");
        Assert.Equal(DeviceValue, device.GetProperty("value").GetString());
        Assert.Equal(".dashboard.example", device.GetProperty("domain").GetString());
        Assert.Equal("/", device.GetProperty("path").GetString());
        Assert.Equal(Start.AddDays(365), device.GetProperty("expires").GetDateTimeOffset());
        Assert.True(device.GetProperty("secure").GetBoolean());
        Assert.True(device.GetProperty("httpOnly").GetBoolean());
        Assert.False(device.GetProperty("hostOnly").GetBoolean());
    }

    [Fact]
    public async Task A_plain_file_still_loads_after_a_key_is_configured()
    {
        await Store().SaveAsync(Snapshot(), CancellationToken.None);

        var loaded = await Store(CredentialCipher.GenerateKey()).LoadAsync(CancellationToken.None);

        AssertSame(Snapshot(), loaded);
    }

    [Fact]
    public async Task The_file_is_readable_by_its_owner_only()
    {
        if (OperatingSystem.IsWindows())
        {
            return; // Unix permissions only; the service runs on Linux.
        }

        File.WriteAllText(path, "an older world-readable file");
        File.SetUnixFileMode(path, (UnixFileMode)0b110_100_100);

        await Store().SaveAsync(Snapshot(), CancellationToken.None);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(path));
    }

    [Fact]
    public async Task The_temporary_file_is_owner_only_from_the_start_and_sits_next_to_the_target()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var store = Store();
        string? temporary = null;
        UnixFileMode? modeBeforeReplace = null;
        store.BeforeReplace = temporaryPath =>
        {
            temporary = temporaryPath;
            modeBeforeReplace = OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(temporaryPath);
        };

        await store.SaveAsync(Snapshot(), CancellationToken.None);

        Assert.Equal(folder.Path, Path.GetDirectoryName(temporary));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, modeBeforeReplace);
        Assert.False(File.Exists(temporary));
    }

    [Fact]
    public async Task A_missing_folder_is_created()
    {
        var nested = Path.Combine(folder.Path, "state", "upstream", "session.json");
        var store = new SessionFileStore(nested, null, time, logger);

        await store.SaveAsync(Snapshot(), CancellationToken.None);

        AssertSame(Snapshot(), await store.LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task A_write_that_fails_before_the_replace_leaves_the_old_file_whole_and_no_temporary_file()
    {
        var store = Store();
        await store.SaveAsync(Snapshot(), CancellationToken.None);
        var before = File.ReadAllBytes(path);
        byte[]? seenDuringWrite = null;
        store.BeforeReplace = temporaryPath =>
        {
            // The new content is complete in the temporary file; a reader of the real path still sees the old one.
            seenDuringWrite = File.ReadAllBytes(path);
            throw new IOException("simulated disk failure");
        };

        var newer = Snapshot() with { Csrf = "made-up-csrf-newer" };
        await Assert.ThrowsAsync<IOException>(() => store.SaveAsync(newer, CancellationToken.None));

        Assert.Equal(before, seenDuringWrite);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["session.json"], Directory.GetFiles(folder.Path).Select(Path.GetFileName));
        store.BeforeReplace = null;
        AssertSame(Snapshot(), await store.LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Leftover_temporary_files_of_a_crash_do_not_matter_and_old_ones_are_swept()
    {
        var store = Store();
        var abandoned = folder.File($"session.json.{Guid.NewGuid():N}.tmp");
        var recent = folder.File($"session.json.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(abandoned, "{\"version\":1,\"baseUrl\":\"http://127.0.0.1:5123\",\"cook");
        File.WriteAllText(recent, "half a file of a writer that may still be running");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-1));

        await store.SaveAsync(Snapshot(), CancellationToken.None);
        var loaded = await store.LoadAsync(CancellationToken.None);

        AssertSame(Snapshot(), loaded);
        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(recent));
    }

    [Fact]
    public async Task A_missing_file_means_no_session()
    {
        Assert.Null(await Store().LoadAsync(CancellationToken.None));
        Assert.Empty(Directory.GetFiles(folder.Path));
    }

    public static TheoryData<string> UnreadableFiles => new()
    {
        "not json at all: " + CookieValue,
        "{\"version\":1,\"baseUrl\":\"http://127.0.0.1:5123\",\"csrf\":\"" + Csrf + "\",\"cook",
        "null",
        "[]",
        "{}",
        "{\"version\":2,\"baseUrl\":\"http://127.0.0.1:5123\",\"savedAt\":\"2031-03-04T05:06:07+00:00\",\"cookies\":[]}",
        "{\"version\":1,\"savedAt\":\"2031-03-04T05:06:07+00:00\",\"cookies\":[]}",
        "{\"version\":1,\"baseUrl\":\"http://127.0.0.1:5123\",\"savedAt\":\"2031-03-04T05:06:07+00:00\",\"cookies\":[{\"value\":\"" + CookieValue + "\"}]}",
        "{\"version\":1,\"encrypted\":\"v1:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\"}",
    };

    [Theory]
    [MemberData(nameof(UnreadableFiles))]
    public async Task An_unreadable_file_is_moved_aside_and_means_no_session(string content)
    {
        File.WriteAllText(path, content);

        await AssertQuarantinedOnLoad(Store(CredentialCipher.GenerateKey()), Encoding.UTF8.GetBytes(content));
    }

    [Fact]
    public async Task A_file_encrypted_with_another_key_is_moved_aside()
    {
        await Store(CredentialCipher.GenerateKey()).SaveAsync(Snapshot(), CancellationToken.None);

        await AssertQuarantinedOnLoad(Store(CredentialCipher.GenerateKey()), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task A_tampered_encrypted_file_is_moved_aside()
    {
        var key = CredentialCipher.GenerateKey();
        await Store(key).SaveAsync(Snapshot(), CancellationToken.None);
        using (var json = JsonDocument.Parse(File.ReadAllText(path)))
        {
            var body = Convert.FromBase64String(json.RootElement.GetProperty("encrypted").GetString()![3..]);
            body[30] ^= 0x01;
            File.WriteAllText(path, JsonSerializer.Serialize(new { version = 1, encrypted = "v1:" + Convert.ToBase64String(body) }));
        }

        await AssertQuarantinedOnLoad(Store(key), File.ReadAllBytes(path));
    }

    [Fact]
    public async Task An_encrypted_file_without_a_configured_key_is_moved_aside()
    {
        await Store(CredentialCipher.GenerateKey()).SaveAsync(Snapshot(), CancellationToken.None);

        await AssertQuarantinedOnLoad(Store(), File.ReadAllBytes(path));
        Assert.Contains("no encryption key", logger.AllText);
    }

    [Fact]
    public async Task After_a_quarantine_a_new_session_can_be_saved_and_loaded()
    {
        File.WriteAllText(path, "{ broken");
        var store = Store();
        Assert.Null(await store.LoadAsync(CancellationToken.None));

        await store.SaveAsync(Snapshot(), CancellationToken.None);

        AssertSame(Snapshot(), await store.LoadAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Cookies_expired_at_save_time_are_not_written()
    {
        var snapshot = Snapshot() with
        {
            Cookies = [.. Snapshot().Cookies, new StoredCookie("STALE", "made-up-stale-value", "127.0.0.1", "/", Start.AddSeconds(-1), false, false, true)],
        };

        await Store().SaveAsync(snapshot, CancellationToken.None);

        var onDisk = File.ReadAllText(path);
        Assert.DoesNotContain("STALE", onDisk);
        Assert.DoesNotContain("made-up-stale-value", onDisk);
        Assert.Contains(CookieValue, onDisk);
    }

    [Fact]
    public async Task Cookies_that_expired_since_the_save_are_dropped_on_load_and_others_keep_their_expiry()
    {
        var store = Store();
        var shortLived = new StoredCookie("AWSALB", "made-up-sticky", "127.0.0.1", "/", Start.AddHours(1), false, false, true);
        await store.SaveAsync(Snapshot() with { Cookies = [.. Snapshot().Cookies, shortLived] }, CancellationToken.None);

        time.Advance(TimeSpan.FromHours(2));
        var loaded = await store.LoadAsync(CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.DoesNotContain(loaded.Cookies, cookie => cookie.Name == "AWSALB");
        var device = Assert.Single(loaded.Cookies, cookie => cookie.Name == "PMData");
        Assert.Equal(Start.AddDays(365), device.Expires);
        Assert.Contains(loaded.Cookies, cookie => cookie.Name == "JSESSIONID" && cookie.Expires is null);
    }

    [Fact]
    public async Task Logs_never_contain_cookie_values_csrf_or_file_content()
    {
        var key = CredentialCipher.GenerateKey();
        var store = Store(key);
        await store.SaveAsync(Snapshot(), CancellationToken.None);
        var encrypted = File.ReadAllText(path);
        await store.LoadAsync(CancellationToken.None);
        File.WriteAllText(path, "{\"version\":1,\"baseUrl\":\"http://127.0.0.1:5123\",\"csrf\":\"" + Csrf + "\",\"cookies\":[{\"name\":\"X\",\"value\":\"" + CookieValue);
        await store.LoadAsync(CancellationToken.None);

        Assert.NotEmpty(logger.Entries);
        var logs = logger.AllText;
        Assert.DoesNotContain(CookieValue, logs);
        Assert.DoesNotContain(DeviceValue, logs);
        Assert.DoesNotContain(Csrf, logs);
        Assert.DoesNotContain(key, logs);
        Assert.DoesNotContain(encrypted[..40], logs);
    }

    [Fact]
    public void An_invalid_key_is_refused_at_construction()
    {
        Assert.Throws<CredentialException>(() => new SessionFileStore(path, "too-short", time, logger));
    }

    [Fact]
    public async Task A_waiting_sign_in_and_the_upstream_holds_load_back_unchanged_encrypted_or_not()
    {
        foreach (var key in new[] { null, CredentialCipher.GenerateKey() })
        {
            var store = Store(key);
            var snapshot = Snapshot() with
            {
                Pending = new PendingSignIn(Multiauth: true, PersonalCapital.Client.Login.TwoFactorMethod.Voice, Start.AddMinutes(-2)),
                Holds = new UpstreamHolds(Start.AddMinutes(28), Start.AddMinutes(55), 2),
                Multipart = true,
            };

            await store.SaveAsync(snapshot, CancellationToken.None);
            var loaded = await store.LoadAsync(CancellationToken.None);

            AssertSame(snapshot, loaded);
            Assert.Equal(snapshot.Pending, loaded!.Pending);
            Assert.Equal(snapshot.Holds, loaded.Holds);
            Assert.True(loaded.Multipart);
        }
    }

    [Fact]
    public async Task A_file_written_before_waiting_sign_ins_and_holds_existed_still_loads()
    {
        await File.WriteAllTextAsync(path, $$"""
            {"version":1,"baseUrl":"http://127.0.0.1:5123","csrf":"{{Csrf}}","savedAt":"2031-03-04T05:06:07+00:00",
             "cookies":[{"name":"JSESSIONID","value":"{{CookieValue}}","domain":"127.0.0.1","path":"/","secure":false,"httpOnly":true,"hostOnly":true}]}
            """);

        var loaded = await Store().LoadAsync(CancellationToken.None);

        Assert.NotNull(loaded);
        Assert.Equal(CookieValue, Assert.Single(loaded.Cookies).Value);
        Assert.Null(loaded.Pending);
        Assert.Equal(UpstreamHolds.None, loaded.Holds);
        Assert.False(loaded.Multipart);
    }

    [Fact]
    public async Task A_waiting_sign_in_naming_an_unknown_second_factor_is_quarantined()
    {
        await File.WriteAllTextAsync(path, """
            {"version":1,"baseUrl":"http://127.0.0.1:5123","savedAt":"2031-03-04T05:06:07+00:00","cookies":[],
             "pending":{"flow":"legacy","method":"Pigeon","sentAt":"2031-03-04T05:06:07+00:00"}}
            """);

        Assert.Null(await Store().LoadAsync(CancellationToken.None));
        Assert.False(File.Exists(path));
    }

    private SessionFileStore Store(string? key = null) => new(path, key, time, logger);

    private static SessionSnapshot Snapshot() => new(
        "http://127.0.0.1:5123/",
        Csrf,
        [
            new StoredCookie("JSESSIONID", CookieValue, "127.0.0.1", "/", null, Secure: false, HttpOnly: true, HostOnly: true),
            new StoredCookie("PMData", DeviceValue, ".dashboard.example", "/", Start.AddDays(365), Secure: true, HttpOnly: true),
        ],
        Start);

    private async Task AssertQuarantinedOnLoad(SessionFileStore store, byte[] originalContent)
    {
        var loaded = await store.LoadAsync(CancellationToken.None);

        Assert.Null(loaded);
        Assert.False(File.Exists(path));
        var quarantined = $"{path}.corrupt.20310304T050607Z";
        Assert.Equal(originalContent, File.ReadAllBytes(quarantined));
        var warning = Assert.Single(logger.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains(path, warning.Text);
        Assert.Contains(quarantined, warning.Text);
        Assert.DoesNotContain(CookieValue, logger.AllText);
        Assert.DoesNotContain(Csrf, logger.AllText);
    }

    private static void AssertSame(SessionSnapshot expected, SessionSnapshot? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.BaseUrl, actual.BaseUrl);
        Assert.Equal(expected.Csrf, actual.Csrf);
        Assert.Equal(expected.SavedAt, actual.SavedAt);
        Assert.Equal(expected.Cookies, actual.Cookies);
    }
}
