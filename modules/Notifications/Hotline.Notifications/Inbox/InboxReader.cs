using Hotline.Notifications.Contracts;

namespace Hotline.Notifications.Inbox;

/// <summary>The inbox endpoints' store behind <see cref="IInboxReader"/>, with the endpoints' bounds.</summary>
internal sealed class InboxReader(InboxStore store, TimeProvider time) : IInboxReader
{
    public async Task<InboxView?> Page(string personId, string? before, int limit, CancellationToken ct = default)
    {
        InboxCursor? cursor = null;
        if (!string.IsNullOrEmpty(before))
        {
            if (!InboxCursor.TryDecode(before, out var decoded))
            {
                return null;
            }

            cursor = decoded;
        }

        var page = await store.Page(personId, cursor, Math.Clamp(limit, 1, InboxStore.MaxLimit), InboxFilter.All, ct);
        return new InboxView([.. page.Items.Select(e => new InboxLine(e.Id, e.At, e.Kind, e.Title, e.TicketId, e.WarningId, e.Level, e.ReadAt))], page.Unread, page.Next);
    }

    public async Task<int> MarkRead(string personId, IReadOnlyList<string> itemIds, CancellationToken ct = default) =>
        (await store.MarkRead(personId, [.. itemIds.Take(InboxStore.MaxLimit).Distinct(StringComparer.Ordinal)], time.GetUtcNow(), ct)).Unread;
}
