namespace Hotline.Tickets.Contracts;

/// <summary>
/// Whether a ticket exists, and the project and branch it belongs to, read from the ticket list (the query store)
/// without activating the ticket's grain: the access policy asks this first, so random ids cost no activation.
/// </summary>
public interface ITicketScopes
{
    /// <summary>The ticket's project and branch as of its last saved change; null when no ticket has that id.</summary>
    Task<TicketScope?> Find(Guid ticketId, CancellationToken ct = default);
}
