namespace Hotline.Tickets.Api;

/// <summary>POST /api/tickets/{id}/start.</summary>
public sealed record StartTicketRequest(string? RequestId, string? PersonId);
