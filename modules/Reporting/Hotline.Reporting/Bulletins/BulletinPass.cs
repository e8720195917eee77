using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.Bulletins;

/// <summary>One month's figures for the company, every branch and every project, read in set-based passes.</summary>
public sealed record BulletinPass(
    BulletinFigures Company,
    IReadOnlyDictionary<string, BulletinFigures> Branches,
    IReadOnlyDictionary<string, BulletinFigures> Projects)
{
    public static async Task<BulletinPass> Read(IReportFigures figures, LateSummaryCounts late, ReportPeriod period, CancellationToken ct)
    {
        var company = await figures.For(ReportScope.Company, period, ct);
        var branches = await figures.PerBranch(period, ct);
        var projects = await figures.PerProject(period, null, ct);
        var lateRows = await late.Per(period, ct);
        var lateByProject = lateRows.GroupBy(r => r.ProjectId).ToDictionary(g => g.Key, g => g.Sum(r => r.Weeks));
        var lateByBranch = lateRows.GroupBy(r => r.BranchId).ToDictionary(g => g.Key, g => g.Sum(r => r.Weeks));
        return new BulletinPass(
            BulletinFigures.From(company, lateRows.Sum(r => r.Weeks)),
            branches.ToDictionary(b => b.Scope.Id!, b => BulletinFigures.From(b, lateByBranch.GetValueOrDefault(b.Scope.Id!))),
            projects.ToDictionary(p => p.Scope.Id!, p => BulletinFigures.From(p, lateByProject.GetValueOrDefault(p.Scope.Id!))));
    }

    public BulletinHeadline BranchHeadline(string id) =>
        Branches.TryGetValue(id, out var f) ? BulletinHeadline.Of(f) : BulletinHeadline.Unknown;

    public BulletinHeadline ProjectHeadline(string id) =>
        Projects.TryGetValue(id, out var f) ? BulletinHeadline.Of(f) : BulletinHeadline.Unknown;
}
