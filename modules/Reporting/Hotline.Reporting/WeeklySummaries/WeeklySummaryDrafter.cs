using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.Figures;
using Hotline.Reporting.Frozen;
using Hotline.Reporting.Weeks;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// Drafts the week's summaries from the data (A10.1.3.4), set-based: the figures of every project in one pass, the open
/// items carried over and the week's warnings each in one query, then one insert. The organisation's projects, each with
/// the branch that lists it, come from the silo's copy of the places (<see cref="IOrganizationPlaces"/>, re-read only when
/// the staff directory's version moves), the copy the figures read too: no grain call per draft.
/// </summary>
public sealed class WeeklySummaryDrafter(WeeklySummaryStore store, WeekFacts facts, IReportFigures figures, IOrganizationPlaces places, TimeProvider time)
{
    /// <summary>Drafts version 1 for every project without a summary of the week yet; answers the projects drafted now.</summary>
    public async Task<IReadOnlyList<(string ProjectId, string BranchId)>> DraftMissing(ReportWeek week, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var drafted = await store.DraftedProjects(week.Key, ct);
        var todo = (await Projects()).Where(p => !drafted.Contains(p.ProjectId)).ToList();
        if (todo.Count == 0)
            return [];

        var ids = todo.Select(p => p.ProjectId).ToArray();
        var perProject = (await figures.PerProject(week.Period, ct: ct)).Where(f => f.Scope.Id is not null).ToDictionary(f => f.Scope.Id!, StringComparer.Ordinal);
        var carried = await facts.CarriedOver(ids, week.Period.From, ct);
        var warnings = await facts.Warnings(ids, week.Period, ct);
        var drafts = todo.Select(p => Draft(week, p.ProjectId, p.BranchId, 1, now,
            perProject.GetValueOrDefault(p.ProjectId), carried[p.ProjectId].ToList(), warnings[p.ProjectId].ToList())).ToList();
        var inserted = (await store.InsertDrafts(week, drafts, now, ct)).ToHashSet(StringComparer.Ordinal);
        return [.. todo.Where(p => inserted.Contains(p.ProjectId))];
    }

    /// <summary>One project's summary drafted afresh (a correction's new version).</summary>
    public async Task<NewWeeklySummary> DraftOne(ReportWeek week, string projectId, string branchId, int version, CancellationToken ct = default)
    {
        var now = time.GetUtcNow();
        var overview = await figures.For(ReportScope.Project(projectId), week.Period, ct);
        var carried = await facts.CarriedOver([projectId], week.Period.From, ct);
        var warnings = await facts.Warnings([projectId], week.Period, ct);
        return Draft(week, projectId, branchId, version, now, overview, carried[projectId].ToList(), warnings[projectId].ToList());
    }

    private static NewWeeklySummary Draft(ReportWeek week, string projectId, string branchId, int version, DateTimeOffset now,
        OverviewFigures? overview, IReadOnlyList<CarriedOverItem> carried, IReadOnlyList<WeekWarning> warnings)
    {
        var content = FrozenJson.Serialize(new WeeklySummaryContent(projectId, branchId, week.Key, version, week.Period.From, week.Period.To,
            week.DueAt, now, overview, carried, warnings, Remarks: null));
        return new NewWeeklySummary(projectId, branchId, content, FrozenJson.Sha256(content));
    }

    private async Task<List<(string ProjectId, string BranchId)>> Projects()
    {
        var known = await places.Current();
        return [.. known.Branches.Values.SelectMany(b => b.ProjectIds.Select(p => (p, b.Id))).OrderBy(p => p.p, StringComparer.Ordinal)];
    }
}
