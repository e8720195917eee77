using Microsoft.Extensions.Logging;

namespace Hotline.Tickets.Tests.Privacy;

/// <summary>One captured log entry: everything of it that could end up in a log file.</summary>
public sealed record CapturedLog(string Category, LogLevel Level, string Message, IReadOnlyList<string> Values)
{
    public IEnumerable<string> Texts => Values.Prepend(Message);

    public override string ToString() => $"[{Level}] {Category}: {Message}";
}
