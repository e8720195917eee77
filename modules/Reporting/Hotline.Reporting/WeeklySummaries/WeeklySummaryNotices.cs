using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// Who is told about a summary (A10.1.3.4): its project manager when it waits for the first signature, and at the deadline
/// whoever's signature is still missing (the manager and/or the branch head). Item ids are derived from the project,
/// week, version and event, so a repeated draft or deadline tick leaves one item per person.
/// </summary>
public sealed class WeeklySummaryNotices(IStaffDirectory staff, INotifier notifier, TimeZoneInfo zone)
{
    public async Task ToSign(string week, IEnumerable<(string ProjectId, int Version)> summaries, DateTimeOffset at)
    {
        var people = await staff.GetPeople();
        foreach (var (projectId, version) in summaries)
        {
            var managers = RoleHolders.Of(people, Role.ProjectManager, ScopeKind.Project, projectId);
            if (managers.Length > 0)
                await notifier.Notify(managers, Item(projectId, week, version, InboxItemKind.WeeklySummaryToSign, at, $"【週報待簽署】{projectId} {week}（第{version}版）"));
        }
    }

    public async Task Late(IEnumerable<WeeklySummaryRow> summaries, DateTimeOffset at)
    {
        var people = await staff.GetPeople();
        foreach (var summary in summaries)
        {
            var missing = MissingSigners(people, summary).SelectMany(m => m.PersonIds).Distinct().ToList();
            if (missing.Count > 0)
                await notifier.Notify(missing, Item(summary.ProjectId, summary.Week, summary.Version, InboxItemKind.WeeklySummaryLate, at,
                    $"【週報逾期未簽】{summary.ProjectId} {summary.Week}（第{summary.Version}版）：截止 {TimeZoneInfo.ConvertTime(summary.DueAt, zone):yyyy-MM-dd HH:mm} 仍未簽署完畢"));
        }
    }

    /// <summary>The manager until the first signature; the branch head until the second (each with the people holding the role).</summary>
    public static IReadOnlyList<MissingSigner> MissingSigners(ImmutableArray<PersonInfo> people, WeeklySummaryRow summary) => summary.Status switch
    {
        WeeklySummaryStatus.Draft => [Manager(people, summary), Head(people, summary)],
        WeeklySummaryStatus.ManagerSigned => [Head(people, summary)],
        _ => [],
    };

    private static MissingSigner Manager(ImmutableArray<PersonInfo> people, WeeklySummaryRow summary) =>
        new(Role.ProjectManager, RoleHolders.Of(people, Role.ProjectManager, ScopeKind.Project, summary.ProjectId));

    private static MissingSigner Head(ImmutableArray<PersonInfo> people, WeeklySummaryRow summary) =>
        new(Role.BranchHead, RoleHolders.Of(people, Role.BranchHead, ScopeKind.Branch, summary.BranchId));

    private static InboxItem Item(string projectId, string week, int version, InboxItemKind kind, DateTimeOffset at, string title) =>
        new($"weekly-summary/{projectId}/{week}/v{version}/{kind}", at, null, null, kind, title, null);
}
