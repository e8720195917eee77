namespace Hotline.Tickets.Contracts.Intake;

/// <summary>The registered ticket and its tracking number, or the errors keyed by the request's field at fault.</summary>
public sealed record TicketIntakeResult(TicketView? Ticket, string? Number, IReadOnlyDictionary<string, string[]> Errors)
{
    public bool Registered => Ticket is not null;
}
