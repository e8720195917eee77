using System.Collections.Immutable;

namespace Hotline.Tickets.Contracts;

/// <summary>
/// What a command did: the ticket afterwards; or why it was refused in the current state and which
/// commands the ticket accepts now (HTTP 409); or which argument was wrong (HTTP 400, <see cref="InvalidField"/>).
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.CommandOutcome")]
public sealed record CommandOutcome(
    [property: Id(0)] Ticket? Ticket,
    [property: Id(1)] string? Rejection,
    [property: Id(2)] TicketStatus? CurrentStatus,
    [property: Id(3)] ImmutableArray<string> AllowedCommands)
{
    [Id(4)]
    public string? InvalidField { get; init; }

    /// <summary>Refused as too soon (an urge inside its interval, HTTP 429): the command is accepted again from this moment.</summary>
    [Id(50)]
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>Why it was refused, as a code a client words in its language (null when accepted); <see cref="Rejection"/> keeps the English sentence.</summary>
    [Id(51)]
    public RefusalReason? Reason { get; init; }

    public bool Accepted => Rejection is null;

    public static CommandOutcome Done(Ticket ticket) => new(ticket, null, ticket.Status, []);
}
