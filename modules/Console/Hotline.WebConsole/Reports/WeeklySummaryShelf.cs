using Hotline.Kernel;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Security.Contracts;
using Hotline.Security.Contracts.Access;
using Hotline.WebConsole.Session;

namespace Hotline.WebConsole.Reports;

/// <summary>
/// The summaries a person may see listed: the week's list within their own scope when the list endpoint admits them
/// (QualityDept, leadership, a branch head), and the recent summaries of each project they hold a role in whose
/// summary the read rule admits them to (the project's liaison and manager, who have no list endpoint).
/// </summary>
public sealed class WeeklySummaryShelf(ConsoleSession session, IWeeklySummaries summaries)
{
    /// <summary>How many weeks of a project's own summaries are listed.</summary>
    public const int RecentWeeks = 8;

    public string LatestWeek() => summaries.LatestDraftedWeek();

    public bool IsWeek(string? week) => summaries.IsWeek(week);

    /// <summary>The week's list in the person's own scope (as the list endpoint without <c>scope</c>); null when it is not theirs to read.</summary>
    public async Task<IReadOnlyList<WeeklySummaryListItem>?> Week(string week)
    {
        var answer = await session.Ask(new AccessQuestion(ApiEndpoints.WeeklySummaryList));
        return answer.Caller is { } caller ? await summaries.List(week, null, ReportScope.Own(caller.ActingRole)) : null;
    }

    /// <summary>The recent summaries of the projects the person holds a role in, newest week first.</summary>
    public async Task<IReadOnlyList<WeeklySummaryListItem>> MyProjects(Caller? me)
    {
        var items = new List<WeeklySummaryListItem>();
        foreach (var project in (me?.Roles ?? []).Where(r => r.Scope == ScopeKind.Project).Select(r => r.ScopeId).Distinct())
        {
            if ((await session.Ask(new AccessQuestion(ApiEndpoints.WeeklySummary, Id: project))).Allowed)
                items.AddRange(await summaries.OfProject(project, RecentWeeks));
        }

        return [.. items.OrderByDescending(i => i.Week, StringComparer.Ordinal).ThenBy(i => i.ProjectId, StringComparer.Ordinal)];
    }
}
