using Microsoft.Extensions.Logging;

namespace Hotline.Plugins.TestKit;

/// <summary>
/// Every line the loader and the plugin logged, as "Level: message" in order, so a test can check what a plugin writes
/// (e.g. that a phone number shows only masked). Thread-safe.
/// </summary>
public sealed class KitLog : ILoggerProvider, ILogger
{
    private readonly List<string> _lines = [];

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    ILogger ILoggerProvider.CreateLogger(string categoryName) => this;

    IDisposable? ILogger.BeginScope<TState>(TState state) => null;

    bool ILogger.IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

    void ILogger.Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var line = $"{logLevel}: {formatter(state, exception)}";
        lock (_lines)
        {
            _lines.Add(line);
        }
    }

    void IDisposable.Dispose()
    {
    }
}
