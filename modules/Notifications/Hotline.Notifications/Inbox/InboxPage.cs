namespace Hotline.Notifications.Inbox;

/// <summary>
/// One page of an inbox, newest first (GET /api/inbox): the items, how many items of the whole inbox are unread,
/// and the <c>before</c> cursor of the next page (null on the last page).
/// </summary>
public sealed record InboxPage(IReadOnlyList<InboxEntry> Items, int Unread, string? Next);
