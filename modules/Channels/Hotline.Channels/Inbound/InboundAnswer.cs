namespace Hotline.Channels.Inbound;

/// <summary>The webhook's answer to a stored message: its status and, once it is on a ticket, the ticket and its tracking number.</summary>
public sealed record InboundAnswer(string Status, Guid? TicketId, string? TicketNumber);
