namespace Hotline.Tickets.Api;

/// <summary>
/// POST /api/tickets. Enumerations arrive as strings so a wrong value is reported against its
/// field instead of failing the whole body. The owner's name and phone are optional and shown only masked
/// (<see cref="OwnerContactRules"/>).
/// </summary>
public sealed record RegisterTicketRequest(
    string? RequestId,
    string? Kind,
    string? ProjectId,
    string? Text,
    string? Category,
    string? Severity,
    string? Location,
    string? Channel,
    string? RegisteredBy,
    string? Household = null,
    string? OwnerName = null,
    string? OwnerPhone = null);
