using Hotline.Channels.Contracts;
using Hotline.Channels.PortalMessages;
using Hotline.Plugins.Abstractions;
using Hotline.Tickets.Contracts;

namespace Hotline.Channels.Outbound;

/// <summary>
/// Records each notice in the owner outbox through the dispatcher, which sends it at once, routed by
/// <see cref="OwnerChannels"/> with the owner's chosen channel. One told "in the portal" is delivered at once as a portal
/// message (the dispatcher then records it on the ticket). A ticket with no way to reach its owner gets a row too, status
/// unaddressed, and one whose channel is not installed a failed one: the outbox shows the owner was not told, and why
/// (without keeping the address).
/// </summary>
internal sealed class OwnerNotices(
    OwnerChannels channels, IOwnerPreferences preferences, PortalMessageStore portal, OwnerDispatcher dispatcher)
    : IOwnerNotices
{
    public async Task Tell(OwnerNotice notice, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(notice);
        var preferred = notice.Phone is { } phone ? await preferences.Preferred(phone, cancellationToken) : null;
        var (channel, to) = channels.Route(notice.TicketChannel, preferred, notice.Phone, notice.AccountId, notice.Name);
        if (channel == PortalChannel.Id && to?.Phone is { } owner)
        {
            if (await portal.Deliver(notice, owner, KindOf(notice.Kind), cancellationToken))
            {
                dispatcher.Wake();
            }

            return;
        }

        // Decided now when nothing can be sent: no address, or no such channel installed (kept visible, never claimed).
        var (status, error) = to is null ? (OwnerOutboxStatus.Unaddressed, "the ticket has no phone number or account of the owner")
            : !channels.ById.ContainsKey(channel) ? (OwnerOutboxStatus.Failed, $"no intake channel '{channel}' is installed")
            : (OwnerOutboxStatus.Pending, (string?)null);
        var row = new OwnerOutboxRow(OwnerOutboxStore.IdOf(notice.TicketId, notice.EventKey, channel), notice.TicketId, notice.TicketNumber,
            notice.EventKey, channel, KindOf(notice.Kind), status == OwnerOutboxStatus.Pending ? to : null, notice.Text, status, error);
        await dispatcher.Record(row, cancellationToken);
    }

    private static OwnerMessageKind KindOf(OwnerNoticeKind kind) => kind switch
    {
        OwnerNoticeKind.Acknowledgement => OwnerMessageKind.Acknowledgement,
        OwnerNoticeKind.Reply => OwnerMessageKind.Reply,
        _ => OwnerMessageKind.Notification,
    };
}
