using Hotline.Tickets.Contracts;
using Hotline.Tickets.Sla;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>Laws every due time obeys, checked on thousands of seeded random cases per calendar.</summary>
public sealed class DutyCalendarPropertyTests
{
    [Theory]
    [MemberData(nameof(DutyCalendarCases.Names), MemberType = typeof(DutyCalendarCases))]
    public void DueAt_AnyStartAndDuration_NotBeforeStartAndInsideAWindowOrAtItsEnd(string calendarName)
    {
        var (calendar, random) = (DutyCalendarCases.Named(calendarName), DutyCalendarCases.Seeded(calendarName));
        for (var i = 0; i < DutyCalendarCases.Count; i++)
        {
            var (start, duration) = (DutyCalendarCases.Instant(random, calendar.Zone), DutyCalendarCases.Duration(random));
            var due = calendar.DueAt(start, duration);

            Assert.True(due >= start, $"{start:o} + {duration}: due {due:o} is before the start");
            Assert.True(duration == TimeSpan.Zero || calendar.IsOnDuty(due.AddTicks(-1)), $"{start:o} + {duration}: due {due:o} is not in or at the end of a window");
        }
    }

    [Theory]
    [MemberData(nameof(DutyCalendarCases.Names), MemberType = typeof(DutyCalendarCases))]
    public void DueAt_AnyStartAndDuration_DutyTimeBetweenStartAndDueIsTheDuration(string calendarName)
    {
        var (calendar, random) = (DutyCalendarCases.Named(calendarName), DutyCalendarCases.Seeded(calendarName));
        for (var i = 0; i < DutyCalendarCases.Count; i++)
        {
            var (start, duration) = (DutyCalendarCases.Instant(random, calendar.Zone), DutyCalendarCases.Duration(random));

            Assert.Equal(duration, calendar.DutyTimeBetween(start, calendar.DueAt(start, duration)));
        }
    }

    [Theory]
    [MemberData(nameof(DutyCalendarCases.Names), MemberType = typeof(DutyCalendarCases))]
    public void DueAt_LaterStartOrLongerDuration_NeverEarlier(string calendarName)
    {
        var (calendar, random) = (DutyCalendarCases.Named(calendarName), DutyCalendarCases.Seeded(calendarName));
        for (var i = 0; i < DutyCalendarCases.Count; i++)
        {
            var (start, duration) = (DutyCalendarCases.Instant(random, calendar.Zone), DutyCalendarCases.Duration(random));
            var (laterStart, longer) = (start + TimeSpan.FromMinutes(random.Next(0, 24 * 60)), duration + TimeSpan.FromMinutes(random.Next(0, 24 * 60)));
            var due = calendar.DueAt(start, duration);

            Assert.True(calendar.DueAt(laterStart, duration) >= due, $"{start:o} → {laterStart:o} + {duration}: due moved earlier");
            Assert.True(calendar.DueAt(start, longer) >= due, $"{start:o} + {duration} → {longer}: due moved earlier");
        }
    }

    [Theory]
    [MemberData(nameof(DutyCalendarCases.Names), MemberType = typeof(DutyCalendarCases))]
    public void DueAt_DurationSplitInTwo_SameDueAsInOne(string calendarName)
    {
        var (calendar, random) = (DutyCalendarCases.Named(calendarName), DutyCalendarCases.Seeded(calendarName));
        for (var i = 0; i < DutyCalendarCases.Count; i++)
        {
            var (start, first, second) = (DutyCalendarCases.Instant(random, calendar.Zone), DutyCalendarCases.Duration(random), DutyCalendarCases.Duration(random));

            Assert.Equal(calendar.DueAt(start, first + second), calendar.DueAt(calendar.DueAt(start, first), second));
        }
    }

    [Theory]
    [MemberData(nameof(DutyCalendarCases.Names), MemberType = typeof(DutyCalendarCases))]
    public void DueAt_CalendarTimeLimit_IgnoresWindowAndHolidays(string calendarName)
    {
        var (calendar, random) = (DutyCalendarCases.Named(calendarName), DutyCalendarCases.Seeded(calendarName));
        var deadlines = new Deadlines(new DutySchedule(calendar.Zone.Id, new(8, 0), new(20, 0), [new(2025, 10, 1)]));
        for (var i = 0; i < DutyCalendarCases.Count; i++)
        {
            var (start, days) = (DutyCalendarCases.Instant(random, calendar.Zone), TimeSpan.FromDays(random.Next(0, 10)));

            Assert.Equal(start + days, deadlines.DueAt(LimitSpec.OfCalendarTime(days), start));
        }
    }
}
