using Hotline.Channels.Contracts;
using Hotline.Plugins.Abstractions;

namespace Hotline.Channels.Outbound;

/// <summary>
/// Records each notice in the owner outbox, routed by <see cref="OwnerChannels"/>, and wakes the dispatcher. A ticket
/// with no way to reach its owner gets a row too, status unaddressed: the outbox shows the owner was not told, and why.
/// </summary>
internal sealed class OwnerNotices(OwnerOutboxStore store, OwnerChannels channels, OwnerDispatcher dispatcher, TimeProvider time) : IOwnerNotices
{
    public async Task Tell(OwnerNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var (channel, to) = channels.Route(notice.TicketChannel, notice.Phone, notice.AccountId, notice.Name);
        var row = new OwnerOutboxRow(OwnerOutboxStore.IdOf(notice.TicketId, notice.EventKey, channel), notice.TicketId, notice.TicketNumber,
            notice.EventKey, channel, KindOf(notice.Kind), to, notice.Text,
            to is null ? OwnerOutboxStatus.Unaddressed : OwnerOutboxStatus.Pending,
            to is null ? "the ticket has no phone number or account of the owner" : null);
        if (await store.Record(row, time.GetUtcNow(), cancellationToken) && to is not null)
        {
            dispatcher.Wake();
        }
    }

    private static OwnerMessageKind KindOf(OwnerNoticeKind kind) => kind switch
    {
        OwnerNoticeKind.Acknowledgement => OwnerMessageKind.Acknowledgement,
        OwnerNoticeKind.Reply => OwnerMessageKind.Reply,
        _ => OwnerMessageKind.Notification,
    };
}
