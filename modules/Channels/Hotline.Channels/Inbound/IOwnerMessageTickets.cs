namespace Hotline.Channels.Inbound;

/// <summary>
/// Which ticket a message Hotline sent an owner was about, by its <c>OwnerMessage.MessageId</c>: how a reply threaded to
/// that message (<c>InReplyTo</c>) finds its ticket. Implemented by the owner outbox (registered as many as there are
/// stores that know sent messages; none is fine: a quoted ticket number still finds the ticket).
/// </summary>
public interface IOwnerMessageTickets
{
    Task<Guid?> TicketOf(string messageId, CancellationToken ct);
}
