namespace Hotline.Notifications.Contracts;

/// <summary>One page of an inbox: its items, how many of the whole inbox are unread, the next page's cursor (null: last).</summary>
public sealed record InboxView(IReadOnlyList<InboxLine> Items, int Unread, string? Next);
