using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.WeeklySummaries;

namespace Hotline.Reporting.Bulletins;

/// <summary>One month's figures for the company, every branch and every project, read in set-based passes.</summary>
public sealed record BulletinPass(
    BulletinFigures Company,
    IReadOnlyDictionary<string, BulletinFigures> Branches,
    IReadOnlyDictionary<string, BulletinFigures> Projects)
{
    /// <summary>The figure groups <see cref="BulletinFigures"/> is made of: no open tickets, no same-issue shares.</summary>
    public const FigureGroups Reads = FigureGroups.Received | FigureGroups.Clocks | FigureGroups.Warnings | FigureGroups.Penalties;

    /// <summary>The month's figures; late summaries are the weeks <see cref="WeeklySummaryStore.LateWeeks(ReportPeriod, CancellationToken)"/> finds due in it.</summary>
    public static async Task<BulletinPass> Read(IReportFigures figures, WeeklySummaryStore summaries, ReportPeriod period, CancellationToken ct)
    {
        var company = await figures.For(ReportScope.Company, period, Reads, ct);
        var branches = await figures.PerBranch(period, Reads, ct);
        var projects = await figures.PerProject(period, Reads, null, ct);
        var late = await summaries.LateWeeks(period, ct);
        var lateByProject = late.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, Weeks);
        var lateByBranch = late.GroupBy(r => r.BranchId).ToDictionary(g => g.Key, Weeks);
        return new BulletinPass(
            BulletinFigures.From(company, Weeks(late)),
            branches.ToDictionary(b => b.Scope.Id!, b => BulletinFigures.From(b, lateByBranch.GetValueOrDefault(b.Scope.Id!))),
            projects.ToDictionary(p => p.Scope.Id!, p => BulletinFigures.From(p, lateByProject.GetValueOrDefault(p.Scope.Id!))));
    }

    /// <summary>Distinct project-weeks (a week whose versions were recorded under two branches counts once for the company).</summary>
    private static long Weeks(IEnumerable<LateWeek> late) => late.Select(l => (l.ProjectId, l.Week)).Distinct().LongCount();

    public BulletinHeadline BranchHeadline(string id) =>
        Branches.TryGetValue(id, out var f) ? BulletinHeadline.Of(f) : BulletinHeadline.Unknown;

    public BulletinHeadline ProjectHeadline(string id) =>
        Projects.TryGetValue(id, out var f) ? BulletinHeadline.Of(f) : BulletinHeadline.Unknown;
}
