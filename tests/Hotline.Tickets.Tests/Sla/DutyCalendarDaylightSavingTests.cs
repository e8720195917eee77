using Hotline.Tickets.Sla;
using static Hotline.Tickets.Tests.Sla.SlaTime;

namespace Hotline.Tickets.Tests.Sla;

/// <summary>
/// Europe/Berlin: clocks go forward 2025-03-30 02:00→03:00 (01:00Z) and back 2025-10-26 03:00→02:00 (01:00Z).
/// The window follows the local clock; a skipped edge opens at the jump, a repeated one at its first occurrence.
/// </summary>
public sealed class DutyCalendarDaylightSavingTests
{
    private static readonly DutyCalendar Berlin8To20 = new(Berlin);
    private static readonly DutyCalendar BerlinAllDay = new(Berlin, TimeOnly.MinValue, TimeOnly.MinValue);
    private static readonly DutyCalendar BerlinEarlyHours = new(Berlin, new TimeOnly(2, 30), new TimeOnly(4, 0));

    [Fact]
    public void DueAt_AcrossSpringForward_NextOpeningIsEightLocalSummerTime()
    {
        var due = Berlin8To20.DueAt(InBerlin(2025, 3, 29, 19, 0), Hours(2));

        Assert.Equal(Utc(2025, 3, 30, 7, 0), due);
        Assert.Equal(InBerlin(2025, 3, 30, 9, 0), due);
    }

    [Fact]
    public void DueAt_AcrossFallBack_NextOpeningIsEightLocalWinterTime()
    {
        var due = Berlin8To20.DueAt(InBerlin(2025, 10, 25, 19, 0), Hours(2));

        Assert.Equal(Utc(2025, 10, 26, 8, 0), due);
        Assert.Equal(InBerlin(2025, 10, 26, 9, 0), due);
    }

    [Fact]
    public void DutyTimeBetween_WholeDayWindow_SpringForwardDayHas23Hours()
    {
        Assert.Equal(Hours(23), BerlinAllDay.DutyTimeBetween(InBerlin(2025, 3, 30, 0, 0), InBerlin(2025, 3, 31, 0, 0)));
    }

    [Fact]
    public void DutyTimeBetween_WholeDayWindow_FallBackDayHas25Hours()
    {
        Assert.Equal(Hours(25), BerlinAllDay.DutyTimeBetween(InBerlin(2025, 10, 26, 0, 0), InBerlin(2025, 10, 27, 0, 0)));
    }

    [Fact]
    public void DueAt_WholeDayWindowAcrossSpringForward_ReadsOneHourLaterOnTheClock()
    {
        Assert.Equal(InBerlin(2025, 3, 30, 13, 0), BerlinAllDay.DueAt(InBerlin(2025, 3, 29, 12, 0), Hours(24)));
    }

    [Fact]
    public void DueAt_WindowOpeningInSkippedHour_OpensWhenClocksJump()
    {
        // 02:30 never happens on 30 March: the window opens at 03:00 summer time (01:00Z) and lasts 1 hour.
        Assert.Equal(Utc(2025, 3, 30, 1, 10), BerlinEarlyHours.DueAt(InBerlin(2025, 3, 30, 0, 0), Minutes(10)));
        Assert.Equal(Hours(1), BerlinEarlyHours.DutyTimeBetween(InBerlin(2025, 3, 30, 0, 0), InBerlin(2025, 3, 30, 12, 0)));
    }

    [Fact]
    public void DueAt_WindowOpeningInRepeatedHour_OpensAtFirstOccurrence()
    {
        // 02:30 happens twice on 26 October: the window opens at the first (00:30Z) and closes at 04:00 winter time (03:00Z).
        Assert.Equal(Utc(2025, 10, 26, 0, 40), BerlinEarlyHours.DueAt(InBerlin(2025, 10, 26, 0, 0), Minutes(10)));
        Assert.Equal(Hours(2.5), BerlinEarlyHours.DutyTimeBetween(InBerlin(2025, 10, 26, 0, 0), InBerlin(2025, 10, 26, 12, 0)));
    }

    [Fact]
    public void AddCalendarTime_OneDayAcrossSpringForward_Is24ElapsedHours()
    {
        // Decision: a day-based limit is elapsed time, so the local clock reads 13:00, not 12:00.
        Assert.Equal(InBerlin(2025, 3, 30, 13, 0), DutyCalendar.AddCalendarTime(InBerlin(2025, 3, 29, 12, 0), TimeSpan.FromDays(1)));
    }
}
