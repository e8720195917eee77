using Hotline.Kernel;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Dashboards;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Overview;
using Hotline.Reporting.Weeks;

namespace Hotline.Reporting.Dashboards;

/// <summary>
/// <see cref="IDashboardFigures"/> over the same figures as the reports: the overview as its endpoint computes it
/// (<see cref="IReportFigures.For(ReportScope, ReportPeriod, CancellationToken)"/>, then <see cref="SameIssueList.Shortened"/>
/// with the endpoint's default), projects' penalties in one pass, and each trend week with only the groups it draws.
/// </summary>
public sealed class DashboardReader(IReportFigures figures, WeekCalendar calendar, TimeProvider time, TimeZoneInfo zone) : IDashboardFigures
{
    private const FigureGroups TrendGroups = FigureGroups.Received | FigureGroups.Clocks;

    public async Task<DashboardFigures> For(ReportScope scope, DashboardPeriod period, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(scope);
        var now = time.GetUtcNow();
        var chosen = DashboardPeriods.Resolve(period, now, calendar, zone);
        var overview = Overview(scope, chosen, ct);
        var projects = Projects(scope, chosen, ct);
        var trend = Trend(scope, DashboardPeriods.TrendWeeks(chosen, now, calendar), ct);
        return new DashboardFigures(await overview, await projects, await trend);
    }

    private async Task<OverviewFigures> Overview(ReportScope scope, ReportPeriod period, CancellationToken ct) =>
        SameIssueList.Shortened(await figures.For(scope, period, ct), SameIssueList.Default);

    private async Task<IReadOnlyList<ProjectPenalty>> Projects(ReportScope scope, ReportPeriod period, CancellationToken ct)
    {
        if (scope.Kind == ScopeKind.Project)
            return [];
        var perProject = await figures.PerProject(period, FigureGroups.Penalties, scope.Kind == ScopeKind.Branch ? scope.Id : null, ct);
        return [.. perProject.Select(p => new ProjectPenalty(p.Scope.Id!, p.PenaltyPoints))];
    }

    private async Task<IReadOnlyList<WeekTrend>> Trend(ReportScope scope, IReadOnlyList<ReportWeek> weeks, CancellationToken ct)
    {
        var read = await Task.WhenAll(weeks.Select(w => figures.For(scope, w.Period, TrendGroups, ct)));
        return [.. weeks.Zip(read, (week, f) => new WeekTrend(
            week.Key,
            week.Period,
            f.Received.Total,
            f.Clocks.Sum(c => c.MetOnTime),
            f.Clocks.Sum(c => c.MetOnTime + c.MetLate + c.BreachedOpen)))];
    }
}
