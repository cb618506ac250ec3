using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;
using PersonalCapital.Client.Session;

namespace PersonalCapital.Client.Tests.Session;

/// <summary>
/// A session path that holds something other than a readable session file: never a hang or a crash; what the owner
/// must mend is one sentence (<see cref="SessionFileAccessException"/>), anything else is moved aside unopened.
/// </summary>
public sealed class SessionFileStateTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2031, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private readonly TemporaryDirectory _folder = new();
    private readonly FakeTimeProvider _time = new(Start);
    private readonly RecordingLogger<SessionFileStore> _logger = new();
    private readonly string _path;

    public SessionFileStateTests() => _path = _folder.File("session.json");

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task A_fifo_in_its_place_is_moved_aside_without_being_opened()
    {
        if (OperatingSystem.IsWindows())
        {
            return;   // Windows has no FIFOs in the file system
        }
        using (var mkfifo = Process.Start("mkfifo", [_path]))
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var loaded = await Store().LoadAsync(CancellationToken.None).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Null(loaded);
        Assert.False(File.Exists(_path));
        Assert.True(File.Exists($"{_path}.corrupt.20310304T050607Z"));
        Assert.Contains(_logger.Entries, e => e.Level == LogLevel.Warning && e.Text.Contains("not a regular file", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_folder_in_its_place_is_one_sentence_for_the_owner()
    {
        Directory.CreateDirectory(_path);

        var failure = await Assert.ThrowsAsync<SessionFileAccessException>(() => Store().LoadAsync(CancellationToken.None));

        Assert.Contains(_path, failure.Message);
        Assert.Contains("is a folder", failure.Message);
        Assert.Contains("PersonalCapital__SessionFile", failure.Message);
        Assert.True(Directory.Exists(_path));
    }

    [Fact]
    public async Task A_huge_file_is_moved_aside_unread()
    {
        await using (var huge = File.Create(_path))
        {
            huge.SetLength(SessionFileStore.MaxFileBytes + 1);
        }

        Assert.Null(await Store().LoadAsync(CancellationToken.None));

        Assert.False(File.Exists(_path));
        Assert.Contains(_logger.Entries, e => e.Text.Contains("larger than", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Two_unreadable_files_in_one_second_keep_two_quarantine_copies()
    {
        File.WriteAllText(_path, "first damaged copy");
        Assert.Null(await Store().LoadAsync(CancellationToken.None));
        File.WriteAllText(_path, "second damaged copy");
        Assert.Null(await Store().LoadAsync(CancellationToken.None));

        Assert.Equal("first damaged copy", File.ReadAllText($"{_path}.corrupt.20310304T050607Z"));
        Assert.Equal("second damaged copy", File.ReadAllText($"{_path}.corrupt.20310304T050607Z.2"));
    }

    [Fact]
    public async Task A_crashed_writers_old_temporary_copy_is_swept_at_load_and_a_young_one_kept()
    {
        var abandoned = _folder.File($"session.json.{Guid.NewGuid():N}.tmp");
        var young = _folder.File($"session.json.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(abandoned, "half a session");
        File.WriteAllText(young, "a writer in another process, still at work");
        File.SetLastWriteTimeUtc(abandoned, DateTime.UtcNow.AddHours(-1));

        Assert.Null(await Store().LoadAsync(CancellationToken.None));

        Assert.False(File.Exists(abandoned));
        Assert.True(File.Exists(young));
    }

    private SessionFileStore Store() => new(_path, null, _time, _logger);
}
