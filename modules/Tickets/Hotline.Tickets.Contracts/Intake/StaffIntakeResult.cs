namespace Hotline.Tickets.Contracts.Intake;

/// <summary>
/// What became of a <see cref="StaffIntake"/>: the ticket (new, or the one the same request id registered before) with
/// its tracking number, or the fields the registration refused (as POST /api/tickets names them), or the grain's refusal.
/// </summary>
public sealed record StaffIntakeResult(Guid? TicketId, string? TicketNumber, IReadOnlyDictionary<string, string[]> Errors, string? Rejection)
{
    public bool Registered => TicketId is not null;
}
