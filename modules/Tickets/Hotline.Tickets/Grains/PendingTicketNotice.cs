namespace Hotline.Tickets.Grains;

/// <summary>Outbox: a ticket event still to be told (Notifications' ITicketNotices). <see cref="EventKey"/> makes telling it idempotent.</summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.PendingTicketNotice")]
public sealed record PendingTicketNotice(
    [property: Id(0)] TicketNoticeKind Kind,
    [property: Id(1)] string EventKey,
    [property: Id(2)] DateTimeOffset At)
{
    /// <summary>The one person to tell (a handler given the ticket); null when the kind says who. Id 27 keeps clear of other additions.</summary>
    [Id(27)]
    public string? PersonId { get; init; }
}
