using Hotline.Escalation.Contracts;
using Hotline.Kernel;

namespace Hotline.Tickets.Warnings;

/// <summary>A warning this ticket raised (the warning itself lives in its own grain).</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TicketWarning")]
public sealed record TicketWarning(
    [property: Id(0)] Guid Id,
    [property: Id(1)] WarningLevel Level,
    [property: Id(2)] WarningTrigger Trigger,
    [property: Id(3)] DateTimeOffset RaisedAt)
{
    /// <summary>Dismissed by its verifiers: history, no longer part of the ticket's level (issue 10 item 13).</summary>
    [Id(4)]
    public bool Dismissed { get; init; }

    /// <summary>
    /// A repeat-complaint procedure another ticket of the same household and issue raised; this ticket joined it
    /// (issue 10 item 12). It shows on this ticket, but this ticket neither closes nor supersedes it.
    /// </summary>
    [Id(5)]
    public bool Linked { get; init; }
}
