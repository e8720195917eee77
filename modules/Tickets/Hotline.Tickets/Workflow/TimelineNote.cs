using Hotline.Tickets.Commands;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>The human-readable note a command leaves in the timeline: its arguments in words (each handler says which), then its remark.</summary>
public static class TimelineNote
{
    public static string? For(TicketCommand c) => Join(CommandCatalog.For(c)?.Note(c), c.Remark);

    /// <summary>The present parts, joined with "; "; null when there are none.</summary>
    public static string? Join(params string?[] parts)
    {
        var text = string.Join("; ", parts.Where(p => p is not null));
        return text.Length == 0 ? null : text;
    }
}
