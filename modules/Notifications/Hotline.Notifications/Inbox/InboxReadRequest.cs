namespace Hotline.Notifications.Inbox;

/// <summary>POST /api/inbox/read: the ids of the caller's items to mark read (1 to 200).</summary>
public sealed record InboxReadRequest(IReadOnlyList<string?>? ItemIds);
