using System.Collections.Immutable;

namespace Hotline.Tickets.Contracts;

/// <summary>
/// What a command did: the ticket afterwards, or why it was refused in the current state and which
/// commands the ticket accepts now (the API answers 409 with both).
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.CommandOutcome")]
public sealed record CommandOutcome(
    [property: Id(0)] TicketView? Ticket,
    [property: Id(1)] string? Rejection,
    [property: Id(2)] TicketStatus? CurrentStatus,
    [property: Id(3)] ImmutableArray<string> AllowedCommands)
{
    public bool Accepted => Rejection is null;

    public static CommandOutcome Done(TicketView ticket) => new(ticket, null, ticket.Status, []);
}
