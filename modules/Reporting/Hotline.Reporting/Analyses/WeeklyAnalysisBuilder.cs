using Hotline.Escalation.Contracts;
using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.MajorComplaints;
using Hotline.Reporting.WeeklySummaries;
using Hotline.Reporting.Weeks;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// Computes a week's <see cref="WeeklyAnalysis"/> as of now, its reads made one after another: six of the shared figures
/// (<see cref="IReportFigures"/>: the company, all branches in one call and all projects in one call, each for the week
/// and for the week before); the analysis' three queries (<see cref="AnalysisQueries"/>: the week's penalties and red
/// warnings, and the top issue keys over the same-issue window ending with the week, or now while it runs); the week's
/// late summaries; the complaints marked major in the week; and the silo's copy of the places for the branch of each
/// project behind the slowest clocks. Nothing is stored: releasing it is the caller's act.
/// </summary>
public sealed class WeeklyAnalysisBuilder(
    IReportFigures figures, AnalysisQueries queries, WeeklySummaryStore summaries, MajorComplaintStore majors, WeekCalendar calendar,
    IOrganizationPlaces places, IEscalationPolicy policy, TimeProvider time)
{
    public async Task<WeeklyAnalysis> Build(ReportWeek week, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var previous = week.Previous(calendar);
        // Only the figure groups the analysis reads: totals, categories, channels, warnings raised and the clocks.
        var company = await figures.For(ReportScope.Company, week.Period, FigureGroups.Received | FigureGroups.Clocks | FigureGroups.Warnings, ct);
        var companyBefore = await figures.For(ReportScope.Company, previous.Period, FigureGroups.Received | FigureGroups.Warnings, ct);
        var branches = await figures.PerBranch(week.Period, FigureGroups.Received, ct);
        var branchesBefore = await figures.PerBranch(previous.Period, FigureGroups.Received, ct);
        var projects = await figures.PerProject(week.Period, FigureGroups.Received | FigureGroups.Clocks, null, ct);
        var projectsBefore = await figures.PerProject(previous.Period, FigureGroups.Received, null, ct);
        var penalties = await queries.Penalties(week.Period, ct);
        // A11.3 counts same problems over its window (now - window, now]: here the window ending with the week, or now
        // while the week is under way (as the shared figures' same-issue table).
        var until = week.Period.To < now ? week.Period.To : now;

        return new WeeklyAnalysis(
            week.Key, week.Period, previous.Key, previous.Period, now, now >= week.Period.To,
            TrendRow.Of("total", company.Received.Total, companyBefore.Received.Total),
            TrendRow.Join(Totals(branches), Totals(branchesBefore)),
            TrendRow.Join(Totals(projects), Totals(projectsBefore)),
            TrendRow.Join(Named(company.Received.ByCategory), Named(companyBefore.Received.ByCategory)),
            TrendRow.Join(Named(company.Received.ByChannel), Named(companyBefore.Received.ByChannel)),
            await queries.TopIssueKeys(until - policy.SameIssueWindow, until, ct),
            TrendRow.Join(Named(company.Warnings.RaisedByLevel), Named(companyBefore.Warnings.RaisedByLevel)),
            penalties,
            penalties.Sum(p => p.Points),
            await Slowest(company, projects),
            [.. (await summaries.LateWeeks(week.Key, ct)).Select(l => new LateSummary(l.ProjectId, l.BranchId, l.SignedAt))],
            await queries.RedWarnings(week.Period, ct),
            await majors.Between(week.Period.From, week.Period.To, ct));
    }

    // The branch of each project comes from the silo's copy of the places (the one the figures read), so the clocks are
    // ordered once and no project grain is called.
    private async Task<IReadOnlyList<SlowClock>> Slowest(OverviewFigures company, IReadOnlyList<OverviewFigures> projects)
    {
        var known = await places.Current();
        var branchOf = known.Projects.ToDictionary(p => p.Key, p => (string?)p.Value.BranchId, StringComparer.Ordinal);
        return SlowClocks.Of(company, projects, branchOf);
    }

    private static IEnumerable<(string, long)> Totals(IReadOnlyList<OverviewFigures> rows) =>
        rows.Select(r => (r.Scope.Id ?? r.Scope.ToString(), r.Received.Total));

    private static IEnumerable<(string, long)> Named(IReadOnlyList<NamedCount> counts) => counts.Select(c => (c.Name, c.Count));
}
