namespace Hotline.Tickets.Contracts;

/// <summary>
/// One deadline of a ticket. <see cref="BreachRecordedAt"/> is when Hotline noticed the breach (the
/// breach itself began at <see cref="DueAt"/>). A paused clock's due time moves on by the pause when it resumes.
/// A cancelled clock (the ticket was transferred or declared invalid) no longer counts.
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
    [Id(5)]
    public DateTimeOffset? PausedSince { get; init; }

    [Id(6)]
    public TimeSpan PausedTotal { get; init; }

    [Id(7)]
    public DateTimeOffset? CancelledAt { get; init; }

    /// <summary>Still running towards its due time: the only clocks a reminder is needed for.</summary>
    public bool IsPending => MetAt is null && BreachRecordedAt is null && PausedSince is null && CancelledAt is null;

    /// <summary>Open: not met and not cancelled (it may be breached or paused).</summary>
    public bool IsOpen => MetAt is null && CancelledAt is null;

    public bool Breached => BreachRecordedAt is not null || MetAt > DueAt;

    /// <summary>How late the clock was met, or has been so far.</summary>
    public TimeSpan BreachDuration(DateTimeOffset now)
    {
        var end = MetAt ?? CancelledAt ?? PausedSince ?? now;
        return end > DueAt ? end - DueAt : TimeSpan.Zero;
    }
}
