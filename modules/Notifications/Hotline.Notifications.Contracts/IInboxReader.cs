namespace Hotline.Notifications.Contracts;

/// <summary>
/// A person's inbox as GET /api/inbox and POST /api/inbox/read answer it, for a caller inside the host (the console),
/// which has passed the access policy for those endpoints first: newest first, a page at a time (<c>before</c> is the
/// previous page's <see cref="InboxView.Next"/>); reading an item marks it done.
/// </summary>
public interface IInboxReader
{
    /// <summary>One page, or null when <paramref name="before"/> is not a cursor the inbox gave (the API's 400 naming <c>before</c>).</summary>
    Task<InboxView?> Page(string personId, string? before, int limit, CancellationToken ct = default);

    /// <summary>Marks the person's own items read (done); returns how many stay unread.</summary>
    Task<int> MarkRead(string personId, IReadOnlyList<string> itemIds, CancellationToken ct = default);
}
