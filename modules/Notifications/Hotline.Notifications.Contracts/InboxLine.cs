using Hotline.Kernel;

namespace Hotline.Notifications.Contracts;

/// <summary>One inbox item as its reader sees it; <see cref="ReadAt"/> null: not done yet.</summary>
public sealed record InboxLine(string Id, DateTimeOffset At, InboxItemKind Kind, string Title, Guid? TicketId, Guid? WarningId, WarningLevel? Level, DateTimeOffset? ReadAt);
