using Hotline.Tickets.Sla;
using static Hotline.Tickets.Tests.Sla.SlaTime;

namespace Hotline.Tickets.Tests.Sla;

public sealed class DutyCalendarEdgeTests
{
    private static readonly DutyCalendar Calendar = new(Shanghai);
    private static readonly DateOnly[] NationalDayWeek = [.. Enumerable.Range(1, 7).Select(day => new DateOnly(2025, 10, day))];

    [Fact]
    public void DueAt_StartExactlyAtOpening_CountsFromOpening()
    {
        Assert.Equal(InShanghai(2025, 6, 10, 8, 10), Calendar.DueAt(InShanghai(2025, 6, 10, 8, 0), Minutes(10)));
    }

    [Fact]
    public void DueAt_StartExactlyAtClosing_CountsFromNextOpening()
    {
        Assert.Equal(InShanghai(2025, 6, 11, 8, 10), Calendar.DueAt(InShanghai(2025, 6, 10, 20, 0), Minutes(10)));
    }

    [Fact]
    public void DueAt_DurationEndingExactlyAtClosing_IsDueAtClosing()
    {
        Assert.Equal(InShanghai(2025, 6, 10, 20, 0), Calendar.DueAt(InShanghai(2025, 6, 10, 19, 50), Minutes(10)));
    }

    [Fact]
    public void DueAt_DurationLongerThanADutyDay_SpillsOverSeveralDays()
    {
        // 10:00–20:00 is 10 h, the next day 12 h, the 8 h left end at 16:00 on the third day.
        Assert.Equal(InShanghai(2025, 6, 12, 16, 0), Calendar.DueAt(InShanghai(2025, 6, 10, 10, 0), Hours(30)));
    }

    [Fact]
    public void DueAt_MultiDayHoliday_SkipsEveryHolidayDay()
    {
        var calendar = new DutyCalendar(Shanghai, holidays: NationalDayWeek);

        Assert.Equal(InShanghai(2025, 10, 8, 8, 5), calendar.DueAt(InShanghai(2025, 9, 30, 19, 55), Minutes(10)));
    }

    [Fact]
    public void DueAt_StartOnHoliday_CountsFromFirstDutyDayAfter()
    {
        var calendar = new DutyCalendar(Shanghai, holidays: NationalDayWeek);

        Assert.Equal(InShanghai(2025, 10, 8, 9, 0), calendar.DueAt(InShanghai(2025, 10, 3, 10, 0), Hours(1)));
    }

    [Fact]
    public void DueAt_WholeDayWindow_CountsElapsedTime()
    {
        var calendar = new DutyCalendar(Shanghai, TimeOnly.MinValue, TimeOnly.MinValue);

        Assert.Equal(InShanghai(2025, 6, 10, 22, 10), calendar.DueAt(InShanghai(2025, 6, 10, 22, 0), Minutes(10)));
        Assert.Equal(InShanghai(2025, 6, 12, 4, 0), calendar.DueAt(InShanghai(2025, 6, 10, 22, 0), Hours(30)));
    }

    [Fact]
    public void DueAt_WholeDayWindowBeforeHoliday_ResumesAtMidnightAfterIt()
    {
        var calendar = new DutyCalendar(Shanghai, TimeOnly.MinValue, TimeOnly.MinValue, [new DateOnly(2025, 6, 11)]);

        Assert.Equal(InShanghai(2025, 6, 12, 0, 5), calendar.DueAt(InShanghai(2025, 6, 10, 23, 55), Minutes(10)));
    }

    [Fact]
    public void DueAt_WindowEndingAtMidnight_RunsUntilMidnight()
    {
        var calendar = new DutyCalendar(Shanghai, new TimeOnly(18, 0), TimeOnly.MinValue);

        Assert.Equal(InShanghai(2025, 6, 11, 0, 0), calendar.DueAt(InShanghai(2025, 6, 10, 23, 50), Minutes(10)));
        Assert.Equal(InShanghai(2025, 6, 11, 18, 5), calendar.DueAt(InShanghai(2025, 6, 10, 23, 55), Minutes(10)));
    }

    [Fact]
    public void DueAt_ZeroDuration_IsStart()
    {
        Assert.Equal(InShanghai(2025, 6, 10, 22, 0), Calendar.DueAt(InShanghai(2025, 6, 10, 22, 0), TimeSpan.Zero));
    }

    [Fact]
    public void DueAt_NegativeDuration_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Calendar.DueAt(InShanghai(2025, 6, 10, 10, 0), Minutes(-1)));
    }

    [Fact]
    public void DueAt_StartGivenInAnyOffset_SameInstantSameDueInUtc()
    {
        var due = Calendar.DueAt(Utc(2025, 6, 10, 14, 0), Minutes(10));

        Assert.Equal(InShanghai(2025, 6, 11, 8, 10), due);
        Assert.Equal(TimeSpan.Zero, due.Offset);
    }

    [Fact]
    public void Constructor_NoArguments_ShanghaiEightToEight()
    {
        var calendar = new DutyCalendar();

        Assert.Equal("Asia/Shanghai", calendar.Zone.Id);
        Assert.Equal(InShanghai(2025, 6, 11, 8, 10), calendar.DueAt(InShanghai(2025, 6, 10, 22, 0), Minutes(10)));
    }

    [Theory]
    [InlineData(20, 0, 8, 0)]
    [InlineData(8, 0, 8, 0)]
    public void Constructor_WindowNotOpeningBeforeItCloses_Throws(int startHour, int startMinute, int endHour, int endMinute)
    {
        Assert.Throws<ArgumentException>(() => new DutyCalendar(Shanghai, new TimeOnly(startHour, startMinute), new TimeOnly(endHour, endMinute)));
    }

    [Fact]
    public void IsOnDuty_WindowEdges_OpeningIncludedClosingExcluded()
    {
        var calendar = new DutyCalendar(Shanghai, holidays: [new DateOnly(2025, 6, 11)]);

        Assert.True(calendar.IsOnDuty(InShanghai(2025, 6, 10, 8, 0)));
        Assert.False(calendar.IsOnDuty(InShanghai(2025, 6, 10, 8, 0).AddTicks(-1)));
        Assert.True(calendar.IsOnDuty(InShanghai(2025, 6, 10, 20, 0).AddTicks(-1)));
        Assert.False(calendar.IsOnDuty(InShanghai(2025, 6, 10, 20, 0)));
        Assert.False(calendar.IsOnDuty(InShanghai(2025, 6, 11, 12, 0)));
    }

    [Fact]
    public void DutyTimeBetween_OverNightsAndHoliday_CountsOnlyDutyTime()
    {
        var calendar = new DutyCalendar(Shanghai, holidays: [new DateOnly(2025, 6, 11)]);

        // 10th 19:00–20:00, 11th holiday, 12th 08:00–20:00, 13th 08:00–09:30.
        Assert.Equal(Hours(14.5), calendar.DutyTimeBetween(InShanghai(2025, 6, 10, 19, 0), InShanghai(2025, 6, 13, 9, 30)));
    }

    [Fact]
    public void DutyTimeBetween_EndNotAfterStart_IsZero()
    {
        Assert.Equal(TimeSpan.Zero, Calendar.DutyTimeBetween(InShanghai(2025, 6, 10, 12, 0), InShanghai(2025, 6, 10, 12, 0)));
        Assert.Equal(TimeSpan.Zero, Calendar.DutyTimeBetween(InShanghai(2025, 6, 10, 12, 0), InShanghai(2025, 6, 10, 9, 0)));
    }

    [Fact]
    public void AddCalendarTime_IgnoresWindowAndHolidays()
    {
        Assert.Equal(InShanghai(2025, 10, 3, 23, 0), DutyCalendar.AddCalendarTime(InShanghai(2025, 10, 1, 23, 0), TimeSpan.FromDays(2)));
    }
}
