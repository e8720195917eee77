using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>The result of applying a command: the ticket afterwards, or the argument that was wrong.</summary>
public sealed record Transition(TicketView? Ticket, string? InvalidField, string? Problem)
{
    public static Transition To(TicketView ticket) => new(ticket, null, null);

    public static Transition Invalid(string field, string problem) => new(null, field, problem);
}
