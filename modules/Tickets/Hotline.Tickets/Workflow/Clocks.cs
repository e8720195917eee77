using System.Collections.Immutable;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Workflow;

/// <summary>Operations on a ticket's clock list; every one returns a new list (clocks are never edited away).</summary>
public static class Clocks
{
    public static ImmutableArray<Clock> Start(this ImmutableArray<Clock> clocks, ClockKind kind, DateTimeOffset now, DateTimeOffset due) =>
        clocks.Add(new Clock(kind, now, due, null, null));

    public static ImmutableArray<Clock> Meet(this ImmutableArray<Clock> clocks, ClockKind kind, DateTimeOffset now) =>
        [.. clocks.Select(c => c.Kind == kind && c.IsOpen ? Resumed(c, now) with { MetAt = now } : c)];

    public static ImmutableArray<Clock> Cancel(this ImmutableArray<Clock> clocks, DateTimeOffset now, ClockKind? only = null) =>
        [.. clocks.Select(c => c.IsOpen && (only is null || c.Kind == only) ? Resumed(c, now) with { CancelledAt = now } : c)];

    public static ImmutableArray<Clock> Pause(this ImmutableArray<Clock> clocks, ClockKind kind, DateTimeOffset now) =>
        [.. clocks.Select(c => c.Kind == kind && c.IsOpen && c.PausedSince is null && c.BreachRecordedAt is null ? c with { PausedSince = now } : c)];

    public static ImmutableArray<Clock> ResumeAll(this ImmutableArray<Clock> clocks, DateTimeOffset now) =>
        [.. clocks.Select(c => c.IsOpen ? Resumed(c, now) : c)];

    /// <summary>Records a breach on every running clock that is past due. Idempotent: a breach is recorded once.</summary>
    public static ImmutableArray<Clock> RecordBreaches(this ImmutableArray<Clock> clocks, DateTimeOffset now) =>
        [.. clocks.Select(c => c.IsPending && now >= c.DueAt ? c with { BreachRecordedAt = now } : c)];

    public static DateTimeOffset? NextDue(this ImmutableArray<Clock> clocks) =>
        clocks.Where(c => c.IsPending).Select(c => (DateTimeOffset?)c.DueAt).Min();

    public static bool HasOpen(this ImmutableArray<Clock> clocks, ClockKind kind) => clocks.Any(c => c.Kind == kind && c.IsOpen);

    // A paused clock's deadline moves on by the time it was paused: waiting on the owner costs the unit nothing.
    private static Clock Resumed(Clock clock, DateTimeOffset now) => clock.PausedSince is { } since
        ? clock with { DueAt = clock.DueAt + (now - since), PausedTotal = clock.PausedTotal + (now - since), PausedSince = null }
        : clock;
}
