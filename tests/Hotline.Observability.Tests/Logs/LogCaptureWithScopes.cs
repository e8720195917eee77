using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hotline.Observability.Tests.Logs;

/// <summary>
/// A logger provider for the test host that keeps each line with the scopes open when it was written. It takes the
/// host's scope provider (<see cref="ISupportExternalScope"/>), as the console logger does, so it sees a scope begun
/// through any logger of the host, e.g. the ticket grain's, around a line another component writes.
/// </summary>
public sealed class LogCaptureWithScopes : ILoggerProvider, ISupportExternalScope
{
    private readonly ConcurrentQueue<CapturedLog> _lines = new();
    private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

    public IReadOnlyList<CapturedLog> Lines => [.. _lines];

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

    public void Dispose()
    {
    }

    private sealed class Logger(LogCaptureWithScopes capture, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => capture._scopes.Push(state);

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var scopes = new List<object?>();
            capture._scopes.ForEachScope((scope, list) => list.Add(scope), scopes);
            capture._lines.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception), scopes));
        }
    }
}
