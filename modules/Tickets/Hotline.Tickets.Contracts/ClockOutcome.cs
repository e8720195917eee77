namespace Hotline.Tickets.Contracts;

/// <summary>A clock's outcome as the reports count it (the <c>clock_*</c> columns of migration 0027): Tickets writes it, Reporting reads it.</summary>
public static class ClockOutcome
{
    public const string Met = "met";
    public const string Late = "late";
    public const string Breached = "breached";
    public const string Running = "running";
    public const string Cancelled = "cancelled";

    /// <summary>
    /// Cancelled (transfer, invalid) no longer counts; a met clock is late when it breached (<see cref="Clock.Breached"/>: met
    /// after its pause-adjusted due time, or met after Hotline recorded its breach, even at the due instant), else on time; an
    /// open clock is breached once Hotline recorded the breach, else still running (a paused clock too). Null: no such clock.
    /// </summary>
    public static string? Of(Clock? clock) => clock switch
    {
        null => null,
        { CancelledAt: not null } => Cancelled,
        { MetAt: not null } => clock.Breached ? Late : Met,
        { BreachRecordedAt: not null } => Breached,
        _ => Running,
    };
}
