namespace Hotline.Tickets.Privacy;

/// <summary>GET /api/tickets/{id}/owner-contact: the owner's name and phone whole. Every answer is in the privacy audit log.</summary>
public sealed record OwnerContactResponse(Guid TicketId, string? Name, string? Phone);
