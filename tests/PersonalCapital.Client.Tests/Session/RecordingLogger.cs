using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace PersonalCapital.Client.Tests.Session;

/// <summary>Keeps every log entry, with its structured values and exception, as text to search for leaks.</summary>
internal sealed class RecordingLogger<T> : ILogger<T>
{
    private readonly ConcurrentQueue<(LogLevel Level, string Text)> entries = new();

    public IReadOnlyList<(LogLevel Level, string Text)> Entries => entries.ToList();

    public string AllText => string.Join(Environment.NewLine, entries.Select(entry => entry.Text));

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state is IEnumerable<KeyValuePair<string, object?>> pairs
            ? string.Join(" ", pairs.Select(pair => $"{pair.Key}={pair.Value}"))
            : string.Empty;
        entries.Enqueue((logLevel, $"{formatter(state, exception)} | {values} | {exception}"));
    }
}
