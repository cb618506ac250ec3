using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PersonalCapital.Client.Tests.Support;

/// <summary>One log entry as a test sees it: the formatted message, every structured value and the exception, as text.</summary>
internal sealed record CapturedLog(string Category, LogLevel Level, string EventName, string Text, IReadOnlyDictionary<string, object?> Values);

/// <summary>
/// Records every entry of every category at every level, so a test can search all of it for secrets or for a
/// particular event.
/// </summary>
internal sealed class RecordingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyList<CapturedLog> Entries => [.. _entries];

    public string AllText => string.Join(Environment.NewLine, _entries.Select(entry => $"[{entry.Category}] {entry.Text}"));

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? pairs.GroupBy(pair => pair.Key).ToDictionary(group => group.Key, group => group.Last().Value)
                : new Dictionary<string, object?>();
            var text = $"{formatter(state, exception)} | {string.Join(" ", values.Select(pair => $"{pair.Key}={pair.Value}"))} | {exception}";
            entries.Enqueue(new CapturedLog(category, logLevel, eventId.Name ?? "", text, values));
        }
    }
}
