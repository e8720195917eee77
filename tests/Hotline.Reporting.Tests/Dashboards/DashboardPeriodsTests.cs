using Hotline.Reporting.Contracts.Dashboards;
using Hotline.Reporting.Dashboards;
using Hotline.Reporting.Weeks;
using Hotline.TestKit;

namespace Hotline.Reporting.Tests.Dashboards;

/// <summary>A dashboard's periods and trend weeks, worked by hand: Asia/Shanghai is UTC+8, the weeks run Friday to Friday (A10.1.3.4).</summary>
public sealed class DashboardPeriodsTests
{
    private static readonly WeekCalendar Calendar = WeekCalendars.From(new WeeklySummaryOptions(), new ReportCalendarOptions(), Demo.Zone);

    /// <summary>Friday 2026-11-27 10:00 business time.</summary>
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void I13_ThisWeek_IsTheReportingWeekRunningNow_FromThisFridayToTheNext()
    {
        var period = DashboardPeriods.Resolve(DashboardPeriod.ThisWeek, Now, Calendar, Demo.Zone);

        Assert.Equal(new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 12, 3, 16, 0, 0, TimeSpan.Zero), period.To);
    }

    [Fact]
    public void I13_ThisMonth_IsTheOverviewsDefault_FromTheFirstToTheEndOfToday()
    {
        var period = DashboardPeriods.Resolve(DashboardPeriod.ThisMonth, Now, Calendar, Demo.Zone);

        Assert.Equal(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 16, 0, 0, TimeSpan.Zero), period.To);
    }

    [Fact]
    public void I13_AChosenMonth_IsAllOfIt_AndItsTrendEndsWithTheWeekHoldingItsLastDay()
    {
        Assert.True(DashboardPeriod.TryParse("2026-10", out var october));
        var period = DashboardPeriods.Resolve(october, Now, Calendar, Demo.Zone);

        Assert.Equal(new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.Zero), period.From);
        Assert.Equal(new DateTimeOffset(2026, 10, 31, 16, 0, 0, TimeSpan.Zero), period.To);
        // Saturday 10-31 is in the week from Friday 10-30 to Friday 11-06: ISO week 45 (its Friday). Eight weeks: 38 to 45.
        var weeks = DashboardPeriods.TrendWeeks(period, Now, Calendar);
        Assert.Equal([.. Enumerable.Range(38, 8).Select(w => $"2026-W{w}")], weeks.Select(w => w.Key));
    }

    [Fact]
    public void I13_TheCurrentTrend_EndsWithTheWeekRunningNow()
    {
        var period = DashboardPeriods.Resolve(DashboardPeriod.ThisMonth, Now, Calendar, Demo.Zone);

        var weeks = DashboardPeriods.TrendWeeks(period, Now, Calendar);

        Assert.Equal([.. Enumerable.Range(42, 8).Select(w => $"2026-W{w}")], weeks.Select(w => w.Key));
        Assert.Equal(new DateTimeOffset(2026, 11, 26, 16, 0, 0, TimeSpan.Zero), weeks[^1].Period.From);
    }

    [Theory]
    [InlineData("2026-13")]
    [InlineData("1999-12")]
    [InlineData("yesterday")]
    [InlineData("2026-1")]
    public void I13_APeriodThatIsNoneOfWeekMonthOrAMonth_IsNotRead(string text) =>
        Assert.False(DashboardPeriod.TryParse(text, out _));
}
