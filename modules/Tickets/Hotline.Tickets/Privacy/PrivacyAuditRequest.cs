namespace Hotline.Tickets.Privacy;

/// <summary>GET /api/privacy/audit query parameters as sent, so a bad value is reported against its parameter.</summary>
public sealed record PrivacyAuditRequest(string? OwnerTicketId, string? PersonId, string? Limit);
