namespace Hotline.Tickets.Contracts;

/// <summary>
/// A ticket as a list shows it to the call center (<see cref="ITicketDirectory"/>): read from the ticket list, never
/// from the grain. <see cref="WarningLevel"/> is the highest warning raised (Blue, Yellow, Red), or null.
/// </summary>
public sealed record TicketSummary(
    Guid Id,
    string Number,
    string ProjectId,
    string? Household,
    TicketKind Kind,
    string Category,
    TicketStatus Status,
    DateTimeOffset RegisteredAt,
    string? WarningLevel)
{
    /// <summary>Not yet closed (a resolved ticket still waits for the call center's callback), and not found invalid.</summary>
    public bool IsOpen => Status is not (TicketStatus.Closed or TicketStatus.Invalid);
}
