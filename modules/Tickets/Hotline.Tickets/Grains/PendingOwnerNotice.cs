namespace Hotline.Tickets.Grains;

/// <summary>
/// Outbox: an event the owner is still to be told of. <see cref="Tail"/> is the message after its opening (which names
/// the tracking number, known only once the ticket's list row is written), fixed when the event happened.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.PendingOwnerNotice")]
public sealed record PendingOwnerNotice(
    [property: Id(0)] OwnerNoticeEvent Event,
    [property: Id(1)] string EventKey,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] string Tail);
