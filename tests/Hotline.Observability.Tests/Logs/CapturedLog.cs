using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace Hotline.Observability.Tests.Logs;

/// <summary>One log line as the host wrote it, with the scopes that were open (outermost first).</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<object?> Scopes)
{
    /// <summary>The value of <paramref name="key"/> in the innermost open scope that has one.</summary>
    public object? ScopeValue(string key) => Scopes
        .OfType<IEnumerable<KeyValuePair<string, object?>>>()
        .Reverse()
        .SelectMany(scope => scope.Where(p => p.Key == key).Select(p => p.Value))
        .FirstOrDefault();

    /// <summary>The line as the host's console formatter <paramref name="formatter"/> prints it, with the same scopes open.</summary>
    public string FormatWith(ConsoleFormatter formatter)
    {
        var scopes = new LoggerExternalScopeProvider();
        var opened = Scopes.Select(s => scopes.Push(s)).ToList();
        using var text = new StringWriter();
        formatter.Write(new LogEntry<string>(Level, Category, default, Message, null, (m, _) => m), scopes, text);
        opened.Reverse();
        opened.ForEach(s => s.Dispose());
        return text.ToString();
    }
}
