using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Api;

/// <summary>A clock as the timeline reports it: started, due, met, and whether and by how much it was breached, as of now.</summary>
public sealed record ClockReport(
    ClockKind Kind,
    DateTimeOffset StartedAt,
    DateTimeOffset DueAt,
    DateTimeOffset? MetAt,
    DateTimeOffset? BreachRecordedAt,
    bool Breached,
    TimeSpan BreachDuration,
    DateTimeOffset? PausedSince,
    TimeSpan PausedTotal,
    DateTimeOffset? CancelledAt)
{
    public static ClockReport Of(Clock c, DateTimeOffset now) =>
        new(c.Kind, c.StartedAt, c.DueAt, c.MetAt, c.BreachRecordedAt, c.Breached, c.BreachDuration(now), c.PausedSince, c.PausedTotal, c.CancelledAt);
}
