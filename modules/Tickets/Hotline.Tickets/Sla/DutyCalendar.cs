using System.Collections.Frozen;
using Hotline.Kernel;
using Hotline.Tickets.Contracts;

namespace Hotline.Tickets.Sla;

/// <summary>
/// Counts limits the regulation's way: duty-time limits run only inside the daily duty window
/// (A8.3.1, 08:00–20:00 by default) of non-holiday local days; a start outside it counts from the next
/// opening and what is left spills over to the next duty day. Pure: every instant comes in as an argument.
/// </summary>
public sealed class DutyCalendar
{
    public const string DefaultTimeZoneId = "Asia/Shanghai";
    public static readonly TimeOnly DefaultDutyStart = new(8, 0);
    public static readonly TimeOnly DefaultDutyEnd = new(20, 0);

    private readonly TimeSpan _opensAfterMidnight;
    private readonly TimeSpan _closesAfterMidnight;
    private readonly FrozenSet<DateOnly> _holidays;

    /// <param name="dutyEnd">00:00 means midnight at the end of the day; 00:00–00:00 is round the clock.</param>
    public DutyCalendar(TimeZoneInfo? zone = null, TimeOnly? dutyStart = null, TimeOnly? dutyEnd = null, IEnumerable<DateOnly>? holidays = null)
    {
        Zone = zone ?? TimeZoneInfo.FindSystemTimeZoneById(DefaultTimeZoneId);
        _opensAfterMidnight = (dutyStart ?? DefaultDutyStart).ToTimeSpan();
        _closesAfterMidnight = AfterMidnight(dutyEnd ?? DefaultDutyEnd);
        if (_opensAfterMidnight >= _closesAfterMidnight)
        {
            throw new ArgumentException($"the duty window {_opensAfterMidnight}–{_closesAfterMidnight} closes before it opens", nameof(dutyEnd));
        }

        _holidays = (holidays ?? []).ToFrozenSet();
    }

    public TimeZoneInfo Zone { get; }

    public static DutyCalendar For(DutySchedule schedule) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(schedule.TimeZoneId), schedule.DutyStart, schedule.DutyEnd, schedule.Holidays);

    /// <summary>A window's end as time since the day's midnight: an end of 00:00 can only be the next midnight.</summary>
    internal static TimeSpan AfterMidnight(TimeOnly dutyEnd) => dutyEnd == TimeOnly.MinValue ? TimeSpan.FromDays(1) : dutyEnd.ToTimeSpan();

    /// <summary>Day-based limits ignore the window and holidays: 1 day is 24 elapsed hours.</summary>
    public static DateTimeOffset AddCalendarTime(DateTimeOffset start, TimeSpan duration) => (start + duration).ToUniversalTime();

    /// <summary>When <paramref name="dutyTime"/> of duty time has passed since <paramref name="start"/>; a due time at a window's end stays there.</summary>
    public DateTimeOffset DueAt(DateTimeOffset start, TimeSpan dutyTime)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(dutyTime, TimeSpan.Zero);
        start = start.ToUniversalTime();
        var remaining = dutyTime;
        for (var day = ZoneClock.LocalDate(start, Zone); remaining > TimeSpan.Zero; day = day.AddDays(1))
        {
            if (WindowOn(day) is not { } window || window.Closes <= start)
            {
                continue;
            }

            var from = window.Opens > start ? window.Opens : start;
            if (remaining <= window.Closes - from)
            {
                return from + remaining;
            }

            remaining -= window.Closes - from;
        }

        return start;
    }

    /// <summary>Duty time inside [<paramref name="from"/>, <paramref name="to"/>); zero when <paramref name="to"/> is not later.</summary>
    public TimeSpan DutyTimeBetween(DateTimeOffset from, DateTimeOffset to)
    {
        var total = TimeSpan.Zero;
        for (var day = ZoneClock.LocalDate(from, Zone); day <= ZoneClock.LocalDate(to, Zone); day = day.AddDays(1))
        {
            if (WindowOn(day) is not { } window)
            {
                continue;
            }

            var overlap = (to < window.Closes ? to : window.Closes) - (from > window.Opens ? from : window.Opens);
            total += overlap > TimeSpan.Zero ? overlap : TimeSpan.Zero;
        }

        return total;
    }

    public bool IsOnDuty(DateTimeOffset instant) =>
        WindowOn(ZoneClock.LocalDate(instant, Zone)) is { } window && window.Opens <= instant && instant < window.Closes;

    private (DateTimeOffset Opens, DateTimeOffset Closes)? WindowOn(DateOnly day)
    {
        if (_holidays.Contains(day))
        {
            return null;
        }

        var midnight = day.ToDateTime(TimeOnly.MinValue);
        return (ZoneClock.FirstInstantAtOrAfter(midnight + _opensAfterMidnight, Zone), ZoneClock.FirstInstantAtOrAfter(midnight + _closesAfterMidnight, Zone));
    }
}
