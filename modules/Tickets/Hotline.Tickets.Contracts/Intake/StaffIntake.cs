namespace Hotline.Tickets.Contracts.Intake;

/// <summary>
/// A ticket a member of staff registers, fields as POST /api/tickets names them (enum values by name, checked there).
/// The channel is not among them: staff registration is the call center's (A2), set by the code, never by the form.
/// </summary>
public sealed record StaffIntake(
    string RequestId,
    string? Kind,
    string? ProjectId,
    string? Text,
    string? Category,
    string? Severity,
    string? Household,
    bool HouseholdNotGiven,
    Guid? RepeatOf,
    string? Location = null);
