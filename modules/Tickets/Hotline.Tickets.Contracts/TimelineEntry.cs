using Hotline.Kernel;

namespace Hotline.Tickets.Contracts;

/// <summary>One line of a ticket's append-only history: who, in which role, when, what, and a note.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.TimelineEntry")]
public sealed record TimelineEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] Actor Actor,
    [property: Id(2)] string Action,
    [property: Id(3)] string? Note);
