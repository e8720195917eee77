using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Dashboards;
using Hotline.Reporting.Overview;
using Hotline.Reporting.Weeks;

namespace Hotline.Reporting.Dashboards;

/// <summary>The instants of a dashboard's period and of its trend's weeks, in the business time zone.</summary>
public static class DashboardPeriods
{
    /// <summary>This week: the reporting week now running; this month: the overview's default period (so both show the same); a month: all of it.</summary>
    public static ReportPeriod Resolve(DashboardPeriod period, DateTimeOffset now, WeekCalendar calendar, TimeZoneInfo zone)
    {
        ArgumentNullException.ThrowIfNull(period);
        return period.Kind switch
        {
            DashboardPeriodKind.ThisWeek => ReportWeek.Containing(now, calendar).Period,
            DashboardPeriodKind.Month => ReportPeriod.OfMonth(period.Year, period.Month, zone),
            _ => ReportPeriodParser.Parse(null, null, now, zone).Period!,
        };
    }

    /// <summary>The <see cref="DashboardFigures.TrendWeeks"/> reporting weeks up to the one holding the period's last instant (or now, if sooner), oldest first.</summary>
    public static IReadOnlyList<ReportWeek> TrendWeeks(ReportPeriod period, DateTimeOffset now, WeekCalendar calendar)
    {
        ArgumentNullException.ThrowIfNull(period);
        var last = ReportWeek.Containing(period.To <= now ? period.To.AddTicks(-1) : now, calendar);
        var weeks = new List<ReportWeek> { last };
        while (weeks.Count < DashboardFigures.TrendWeeks)
            weeks.Insert(0, weeks[0].Previous(calendar));
        return weeks;
    }
}
