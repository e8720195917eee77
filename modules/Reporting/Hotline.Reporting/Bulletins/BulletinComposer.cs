using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.WeeklySummaries;

namespace Hotline.Reporting.Bulletins;

/// <summary>
/// Computes a month's bulletin: three passes (the month, the month before, the same month a year earlier), each a
/// handful of set-based queries over the query store, never a call to every ticket grain. The organisation's places
/// (the per-silo copy) say which branch each project belongs to.
/// </summary>
public sealed class BulletinComposer(IReportFigures figures, WeeklySummaryStore summaries, IOrganizationPlaces places, TimeZoneInfo zone)
{
    public async Task<MonthlyBulletin> Compose(BulletinMonth month, DateTimeOffset now, CancellationToken ct = default)
    {
        var period = month.Period(zone);
        // The three months are independent: read at once, each on its own connection (the database does the work).
        var passes = await Task.WhenAll(
            BulletinPass.Read(figures, summaries, period, ct),
            BulletinPass.Read(figures, summaries, month.Previous.Period(zone), ct),
            BulletinPass.Read(figures, summaries, month.SameMonthLastYear.Period(zone), ct));
        var (current, previous, lastYear) = (passes[0], passes[1], passes[2]);
        var known = await places.Current();

        var company = BulletinUnit.Of(ReportScope.Company.ToString(), null, current.Company,
            BulletinHeadline.Of(previous.Company), BulletinHeadline.Of(lastYear.Company));
        var branches = BulletinRanking.Rank(current.Branches.Select(b =>
            BulletinUnit.Of(b.Key, b.Key, b.Value, previous.BranchHeadline(b.Key), lastYear.BranchHeadline(b.Key))));
        var projects = current.Projects
            .Select(p => BulletinUnit.Of(p.Key, known.Projects.TryGetValue(p.Key, out var info) ? info.BranchId : null, p.Value,
                previous.ProjectHeadline(p.Key), lastYear.ProjectHeadline(p.Key)))
            .OrderBy(p => p.BranchId, StringComparer.Ordinal).ThenBy(p => p.Id, StringComparer.Ordinal)
            .ToList();
        return new MonthlyBulletin(month.ToString(), period.From, period.To, month.Previous.ToString(), month.SameMonthLastYear.ToString(),
            now.ToUniversalTime(), BulletinRanking.Rule, company, branches, projects);
    }
}
