using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Tests.Privacy;

/// <summary>Keeps every log entry the host writes: category, message, each structured value and the exception.</summary>
public sealed class CapturingLoggerProvider : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new Logger(categoryName, _entries);

    public void Dispose()
    {
    }

    private sealed class Logger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull
        {
            entries.Enqueue(new CapturedLog(category, LogLevel.None, $"scope: {state}", Values(state)));
            return null;
        }

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var values = Values(state);
            if (exception is not null)
            {
                values.Add(exception.ToString());
            }

            entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), values));
        }

        private static List<string> Values<TState>(TState state) =>
            state is IEnumerable<KeyValuePair<string, object?>> pairs
                ? [.. pairs.Select(p => $"{p.Key}={p.Value}")]
                : [state?.ToString() ?? ""];
    }
}
