namespace Hotline.Tickets.Api;

/// <summary>
/// POST /api/tickets. Enumerations arrive as strings so a wrong value is reported against its
/// field instead of failing the whole body. The owner's name and phone are optional and shown only masked
/// (<see cref="OwnerContactRules"/>). A complaint or repair taken by the call center for a project with a household
/// registry names the household, or sets <see cref="HouseholdNotGiven"/> when the caller gave none. <see cref="RepeatOf"/>
/// marks the ticket by hand as a repeat complaint of an earlier ticket of the same project (A11.1.1).
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
    string? OwnerPhone = null,
    bool? HouseholdNotGiven = null,
    Guid? RepeatOf = null);
