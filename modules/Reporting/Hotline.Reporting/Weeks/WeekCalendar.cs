using System.Collections.Frozen;
using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.Weeks;

/// <summary>
/// When a week's summary is due (A10.1.3.4: Friday before 17:00, business time): the configured due day and time, moved
/// back to the last working day when the due day is a holiday (Hotline:Reporting:Holidays) or a weekend.
/// </summary>
public sealed class WeekCalendar(TimeZoneInfo zone, DayOfWeek nominalDueDay, TimeOnly dueTime, IEnumerable<DateOnly> holidays)
{
    private readonly FrozenSet<DateOnly> _holidays = holidays.ToFrozenSet();

    public TimeZoneInfo Zone { get; } = zone;

    public DayOfWeek NominalDueDay { get; } = nominalDueDay;

    public TimeOnly DueTime { get; } = dueTime;

    public bool IsWorkingDay(DateOnly day) =>
        day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday) && !_holidays.Contains(day);

    /// <summary>The week whose nominal due day is <paramref name="nominalDue"/> (a date in that ISO week).</summary>
    internal ReportWeek Week(DateTime nominalDue)
    {
        var dueDay = ActualDueDay(DateOnly.FromDateTime(nominalDue));
        var previousDueDay = ActualDueDay(DateOnly.FromDateTime(nominalDue).AddDays(-7));
        var period = new ReportPeriod(ReportPeriod.StartOf(previousDueDay, Zone), ReportPeriod.StartOf(dueDay, Zone));
        return new ReportWeek(ReportWeek.KeyOf(nominalDue), dueDay, period, At(dueDay, DueTime));
    }

    private DateOnly ActualDueDay(DateOnly nominal)
    {
        var day = nominal;
        while (!IsWorkingDay(day))
            day = day.AddDays(-1);
        return day;
    }

    private DateTimeOffset At(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }
}
