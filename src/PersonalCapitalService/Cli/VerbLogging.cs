namespace PersonalCapitalService.Cli;

/// <summary>
/// The log of a one-shot verb: warnings and errors, one line each, written to stderr at once (the console logger
/// writes from a queue, so its lines used to land after the <c>code: </c> prompt on the same stream).
/// </summary>
internal sealed class VerbLogging(TextWriter error) : ILoggerProvider
{
    private readonly Lock _gate = new();

    public ILogger CreateLogger(string categoryName) => new Writer(this, categoryName);

    public void Dispose()
    {
    }

    private void Write(LogLevel level, string category, string message)
    {
        lock (_gate)
        {
            error.WriteLine($"{(level >= LogLevel.Error ? "error" : "warning")}: {message} ({category[(category.LastIndexOf('.') + 1)..]})");
            error.Flush();
        }
    }

    private sealed class Writer(VerbLogging owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                // The message only: exceptions are told by the verb in its own sentence, never as a trace.
                owner.Write(logLevel, category, formatter(state, exception));
            }
        }
    }
}
