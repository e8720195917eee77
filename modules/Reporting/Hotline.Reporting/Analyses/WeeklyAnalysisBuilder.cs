using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.MajorComplaints;
using Hotline.Reporting.WeeklySummaries;
using Hotline.Reporting.Weeks;

namespace Hotline.Reporting.Analyses;

/// <summary>
/// Computes a week's <see cref="WeeklyAnalysis"/> now: the shared figures (<see cref="IReportFigures"/>, set-based, one
/// pass per branch and per project) for the week and the week before, and the analysis' own queries. Only the few
/// projects behind the slowest clocks are asked for their branch.
/// </summary>
public sealed class WeeklyAnalysisBuilder(
    IReportFigures figures, AnalysisQueries queries, WeeklySummaryStore summaries, MajorComplaintStore majors, WeekCalendar calendar, IGrainFactory grains, TimeProvider time)
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

        return new WeeklyAnalysis(
            week.Key, week.Period, previous.Key, previous.Period, now, now >= week.Period.To,
            TrendRow.Of("total", company.Received.Total, companyBefore.Received.Total),
            TrendRow.Join(Totals(branches), Totals(branchesBefore)),
            TrendRow.Join(Totals(projects), Totals(projectsBefore)),
            TrendRow.Join(Named(company.Received.ByCategory), Named(companyBefore.Received.ByCategory)),
            TrendRow.Join(Named(company.Received.ByChannel), Named(companyBefore.Received.ByChannel)),
            await queries.TopIssueKeys(week.Period, ct),
            TrendRow.Join(Named(company.Warnings.RaisedByLevel), Named(companyBefore.Warnings.RaisedByLevel)),
            penalties,
            penalties.Sum(p => p.Points),
            await Slowest(company, projects),
            [.. (await summaries.LateWeeks(week.Key, ct)).Select(l => new LateSummary(l.ProjectId, l.BranchId, l.SignedAt))],
            await queries.RedWarnings(week.Period, ct),
            await majors.Between(week.Period.From, week.Period.To, ct));
    }

    private async Task<IReadOnlyList<SlowClock>> Slowest(OverviewFigures company, IReadOnlyList<OverviewFigures> projects)
    {
        var first = SlowClocks.Of(company, projects, new Dictionary<string, string?>());
        var behind = first.SelectMany(c => c.Projects).Select(p => p.ProjectId).Distinct(StringComparer.Ordinal).ToList();
        var infos = await Task.WhenAll(behind.Select(id => grains.GetGrain<IProjectGrain>(id).GetInfo()));
        var branchOf = behind.Zip(infos).ToDictionary(x => x.First, x => x.Second?.BranchId, StringComparer.Ordinal);
        return SlowClocks.Of(company, projects, branchOf);
    }

    private static IEnumerable<(string, long)> Totals(IReadOnlyList<OverviewFigures> rows) =>
        rows.Select(r => (r.Scope.Id ?? r.Scope.ToString(), r.Received.Total));

    private static IEnumerable<(string, long)> Named(IReadOnlyList<NamedCount> counts) => counts.Select(c => (c.Name, c.Count));
}
