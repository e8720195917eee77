using Hotline.Reporting.Weeks;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.WeeklySummaries;

/// <summary>The week calendar, worked by hand: Asia/Shanghai is UTC+8 all year (no daylight saving).</summary>
public sealed class ReportWeekTests
{
    private static readonly TimeSpan Shanghai = TimeSpan.FromHours(8);

    private static WeekCalendar Calendar(params string[] holidays) =>
        WeekCalendars.From(new WeeklySummaryOptions(), new ReportCalendarOptions { Holidays = [.. holidays] }, Demo.Zone);

    [Fact]
    public void A10_1_3_4_OrdinaryWeek_DueFriday1700_PeriodFromLastFridayToThisFriday()
    {
        // 2026-12-11 is the Friday of ISO week 50 (2026-01-01 is a Thursday, so week 1 holds it and week 50 starts Monday 12-07).
        var week = ReportWeek.Of("2026-W50", Calendar());

        Assert.Equal(new DateOnly(2026, 12, 11), week.DueDay);
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 17, 0, 0, Shanghai), week.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 0, 0, 0, Shanghai), week.DraftAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 4, 0, 0, 0, Shanghai), week.Period.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 0, 0, 0, Shanghai), week.Period.To);
    }

    [Fact]
    public void A10_1_3_4_HolidayFriday_DueMovesToThursday1700_AndTheNextWeekStartsThere()
    {
        var calendar = Calendar("2026-12-11");

        var week = ReportWeek.Of("2026-W50", calendar);
        var next = ReportWeek.Of("2026-W51", calendar);

        Assert.Equal(new DateOnly(2026, 12, 10), week.DueDay);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 17, 0, 0, Shanghai), week.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 0, 0, 0, Shanghai), week.Period.To);
        // Contiguous: the following week (due Friday 12-18) counts from Thursday 12-10, so the holiday Friday is in it.
        Assert.Equal(new DateTimeOffset(2026, 12, 10, 0, 0, 0, Shanghai), next.Period.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 18, 0, 0, 0, Shanghai), next.Period.To);
    }

    [Fact]
    public void A10_1_3_4_HolidayThursdayAndFriday_DueMovesToWednesday()
    {
        var week = ReportWeek.Of("2026-W50", Calendar("2026-12-10", "2026-12-11"));

        Assert.Equal(new DateTimeOffset(2026, 12, 9, 17, 0, 0, Shanghai), week.DueAt);
    }

    [Fact]
    public void A10_1_3_4_WeekAcrossNewYear_FridayJanuaryFirstIsWeek53_AndItsHolidayMovesDueIntoDecember()
    {
        // 2027-01-01 is a Friday in ISO week 53 of 2026 (the week of Thursday 2026-12-31). A holiday: due Thursday 12-31.
        var calendar = Calendar("2027-01-01");

        var week = ReportWeek.Of("2026-W53", calendar);
        var first = ReportWeek.Of("2027-W01", calendar);

        Assert.Equal(new DateTimeOffset(2026, 12, 31, 17, 0, 0, Shanghai), week.DueAt);
        Assert.Equal(new DateTimeOffset(2026, 12, 25, 0, 0, 0, Shanghai), week.Period.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 31, 0, 0, 0, Shanghai), week.Period.To);
        Assert.Equal(new DateOnly(2027, 1, 8), first.DueDay);
        Assert.Equal(week.Period.To, first.Period.From);
        Assert.Equal("2027-W01", week.Next(calendar).Key);
        Assert.Equal("2026-W53", first.Previous(calendar).Key);
    }

    [Fact]
    public void A10_1_3_4_Containing_AnInstantBelongsToTheWeekDraftedAfterIt()
    {
        var calendar = Calendar("2027-01-01");

        // New Year's Eve 10:00 local is already past week 53's draft time (Thursday 00:00): it counts in 2027-W01.
        Assert.Equal("2027-W01", ReportWeek.Containing(new DateTimeOffset(2026, 12, 31, 10, 0, 0, Shanghai), calendar).Key);
        // One second before Thursday's start is still week 53.
        Assert.Equal("2026-W53", ReportWeek.Containing(new DateTimeOffset(2026, 12, 30, 23, 59, 59, Shanghai), calendar).Key);
        // Saturday 2026-12-26 follows Friday 12-25's draft: week 53.
        Assert.Equal("2026-W53", ReportWeek.Containing(new DateTimeOffset(2026, 12, 26, 9, 0, 0, Shanghai), calendar).Key);
    }

    [Theory]
    [InlineData("2026-W54")]
    [InlineData("2027-W53")]
    [InlineData("2026-W00")]
    [InlineData("2026W49")]
    [InlineData("2026-w49")]
    [InlineData("")]
    public void A10_1_3_4_WeekKey_NotAnIsoWeek_IsRefused(string key)
    {
        Assert.False(ReportWeek.TryParseKey(key, out _, out _));
        Assert.Throws<FormatException>(() => ReportWeek.Of(key, Calendar()));
    }

    [Fact]
    public void A10_1_3_4_Configuration_BadHolidayOrTime_NamesTheKey()
    {
        var problem = Assert.Throws<Microsoft.Extensions.Options.OptionsValidationException>(() => WeekCalendars.From(
            new WeeklySummaryOptions { DueTime = "5pm" }, new ReportCalendarOptions { Holidays = ["2026-12-11", "12/25/2026"] }, Demo.Zone));

        Assert.Contains(problem.Failures, f => f.StartsWith("Hotline:Reporting:WeeklySummary:DueTime", StringComparison.Ordinal));
        Assert.Contains(problem.Failures, f => f.StartsWith("Hotline:Reporting:Holidays:1", StringComparison.Ordinal));
    }
}
