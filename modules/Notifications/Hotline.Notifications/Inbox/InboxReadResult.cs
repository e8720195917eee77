namespace Hotline.Notifications.Inbox;

/// <summary>What marking items read did: how many were unread until now, and how many of the inbox stay unread.</summary>
public sealed record InboxReadResult(int Marked, int Unread);
