namespace Hotline.Channels.Outbound;

/// <summary>What the operators' outbox list is asked for: a status, a ticket, a page size, and where the last page ended.</summary>
public sealed record OwnerOutboxFilter(OwnerOutboxStatus? Status, Guid? TicketId, int Limit, OwnerOutboxCursor? Before);
