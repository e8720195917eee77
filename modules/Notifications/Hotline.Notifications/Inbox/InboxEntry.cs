using Hotline.Kernel;
using Hotline.Notifications.Contracts;

namespace Hotline.Notifications.Inbox;

/// <summary>One item as its reader sees it: the <see cref="InboxItem"/>'s fields and when it was read (null: unread).</summary>
public sealed record InboxEntry(
    string Id,
    DateTimeOffset At,
    Guid? WarningId,
    WarningLevel? Level,
    InboxItemKind Kind,
    string Title,
    Guid? TicketId,
    string? OnBehalfOf,
    DateTimeOffset? ReadAt);
