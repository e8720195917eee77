namespace Hotline.Tickets.Contracts;

/// <summary>
/// A message telling the owner of one of the ticket's events reached them (the channel accepted it): recorded on the
/// ticket's timeline (A10.2.3 for a suggestion's reply). <see cref="EventKey"/> is the ticket's own key for the event.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.OwnerNoticeDelivery")]
public sealed record OwnerNoticeDelivery(
    [property: Id(0)] string EventKey,
    [property: Id(1)] string Channel,
    [property: Id(2)] DateTimeOffset DeliveredAt);
