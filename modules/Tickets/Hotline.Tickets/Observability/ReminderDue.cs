namespace Hotline.Tickets.Observability;

/// <summary>
/// When the tick being delivered was due. Orleans' <c>TickStatus.CurrentTickTime</c> is when the silo began delivering
/// it, not its due time: the due time is the reminder's last slot (first tick + k × period) at or before that moment.
/// So a deadline processed 3 s after its time is 3 s late, and a tick delivered after a missed slot is measured against
/// the slot it stands for.
/// </summary>
public static class ReminderDue
{
    public static DateTimeOffset Of(DateTime firstTickUtc, TimeSpan period, DateTime deliveredUtc)
    {
        var first = new DateTimeOffset(DateTime.SpecifyKind(firstTickUtc, DateTimeKind.Utc));
        var delivered = new DateTimeOffset(DateTime.SpecifyKind(deliveredUtc, DateTimeKind.Utc));
        if (delivered <= first || period <= TimeSpan.Zero)
        {
            return first;
        }

        var slots = (delivered - first).Ticks / period.Ticks;
        return first + TimeSpan.FromTicks(slots * period.Ticks);
    }
}
