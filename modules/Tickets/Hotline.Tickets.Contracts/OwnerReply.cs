namespace Hotline.Tickets.Contracts;

/// <summary>
/// An owner's message about their ticket, received by an intake channel (A2: "the owner replies to the thread"): it
/// lands on the ticket's timeline as the owner's (<c>OwnerActors.ForPhone</c>), never as a new ticket. The ticket
/// accepts it only from the number it was registered with, and only while it is open. Idempotent by <see cref="RequestId"/>.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.OwnerReply")]
public sealed record OwnerReply(
    [property: Id(0)] string RequestId,
    [property: Id(1)] string Channel,
    [property: Id(2)] string Phone,
    [property: Id(3)] string Text);
