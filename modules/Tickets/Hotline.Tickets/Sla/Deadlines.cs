using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Sla;

/// <summary>Due times of one ticket, computed from the schedule it keeps in its <see cref="TicketLimits"/> alone.</summary>
public sealed class Deadlines(DutySchedule schedule)
{
    private readonly DutyCalendar _calendar = DutyCalendar.For(schedule);

    public static Deadlines For(TicketLimits limits) => new(limits.Schedule);

    public DateTimeOffset DueAt(LimitSpec limit, DateTimeOffset from) =>
        limit.DutyTimeOnly ? _calendar.DueAt(from, limit.Duration) : DutyCalendar.AddCalendarTime(from, limit.Duration);

    /// <summary>How much of <paramref name="limit"/> was used between two instants (for reports).</summary>
    public TimeSpan Used(LimitSpec limit, DateTimeOffset from, DateTimeOffset to) =>
        limit.DutyTimeOnly ? _calendar.DutyTimeBetween(from, to) : to > from ? to - from : TimeSpan.Zero;
}
