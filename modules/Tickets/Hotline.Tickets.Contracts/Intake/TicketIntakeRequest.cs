namespace Hotline.Tickets.Contracts.Intake;

/// <summary>
/// One ticket from an owners' door. <paramref name="RequestId"/> makes it idempotent within <paramref name="Channel"/>
/// (the same id twice is one ticket). Category and severity are left to the category plugins' suggestion.
/// </summary>
public sealed record TicketIntakeRequest(
    string Channel,
    string RequestId,
    string? Kind,
    string? ProjectId,
    string? Household,
    string? Text,
    string? OwnerPhone,
    string? OwnerName = null);
