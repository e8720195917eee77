namespace Hotline.Tickets.Contracts;

/// <summary>
/// One deadline of a ticket. <see cref="BreachRecordedAt"/> is when Hotline noticed the breach;
/// the breach itself began at <see cref="DueAt"/>.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Tickets.Clock")]
public sealed record Clock(
    [property: Id(0)] ClockKind Kind,
    [property: Id(1)] DateTimeOffset StartedAt,
    [property: Id(2)] DateTimeOffset DueAt,
    [property: Id(3)] DateTimeOffset? MetAt,
    [property: Id(4)] DateTimeOffset? BreachRecordedAt)
{
    public bool IsPending => MetAt is null && BreachRecordedAt is null;

    public bool Breached => BreachRecordedAt is not null || MetAt > DueAt;

    /// <summary>How late the clock was met, or has been so far.</summary>
    public TimeSpan BreachDuration(DateTimeOffset now)
    {
        var end = MetAt ?? now;
        return end > DueAt ? end - DueAt : TimeSpan.Zero;
    }
}
