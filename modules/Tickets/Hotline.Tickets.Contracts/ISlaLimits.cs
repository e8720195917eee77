namespace Hotline.Tickets.Contracts;

/// <summary>
/// The SLA policy in force (Hotline:Sla, A13.2), read-only: what a ticket registered now would be given. A ticket
/// keeps the limits it was registered with (<see cref="Ticket.Limits"/>), whatever this says later.
/// </summary>
public interface ISlaLimits
{
    /// <summary>The limits with no override applied.</summary>
    TicketLimits Defaults { get; }

    /// <summary>The limits a ticket of this kind, category, severity and project gets at registration (every matching override applied).</summary>
    TicketLimits Resolve(TicketKind kind, string category, Severity severity, string projectId);
}
