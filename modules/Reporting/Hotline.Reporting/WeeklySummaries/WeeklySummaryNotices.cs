using Hotline.Reporting.Contracts.WeeklySummaries;
using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Notifications.Contracts;
using Hotline.Organization.Contracts;
using Microsoft.Extensions.Logging;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>
/// Who is told about a summary (A10.1.3.4): its project manager when it waits for the first signature, and at the deadline
/// whoever's signature is still missing (the manager and/or the branch head). Item ids are derived from the project,
/// week, version and event, so a repeated draft or deadline tick leaves one item per person. The projects are told
/// concurrently, each on its own: one project's failure is logged and the others are still told; the call then fails
/// naming the projects not told, so the caller's retry (the week's next tick) tells them again.
/// </summary>
public sealed partial class WeeklySummaryNotices(IStaffDirectory staff, INotifier notifier, TimeZoneInfo zone, ILogger<WeeklySummaryNotices> log)
{
    public async Task ToSign(string week, IEnumerable<(string ProjectId, int Version)> summaries, DateTimeOffset at)
    {
        var people = await staff.GetPeople();
        await Each(week, summaries.Select(s => (s.ProjectId, (Func<Task>)(async () =>
        {
            var managers = RoleHolders.Of(people, Role.ProjectManager, ScopeKind.Project, s.ProjectId);
            if (managers.Length > 0)
                await notifier.Notify(managers, Item(s.ProjectId, week, s.Version, InboxItemKind.WeeklySummaryToSign, at, $"【週報待簽署】{s.ProjectId} {week}（第{s.Version}版）"));
        }))));
    }

    public async Task Late(IEnumerable<WeeklySummaryRow> summaries, DateTimeOffset at)
    {
        var people = await staff.GetPeople();
        var rows = summaries.ToList();
        await Each(rows.Select(r => r.Week).FirstOrDefault() ?? "", rows.Select(summary => (summary.ProjectId, (Func<Task>)(async () =>
        {
            var missing = MissingSigners(people, summary).SelectMany(m => m.PersonIds).Distinct().ToList();
            if (missing.Count > 0)
                await notifier.Notify(missing, Item(summary.ProjectId, summary.Week, summary.Version, InboxItemKind.WeeklySummaryLate, at,
                    $"【週報逾期未簽】{summary.ProjectId} {summary.Week}（第{summary.Version}版）：截止 {TimeZoneInfo.ConvertTime(summary.DueAt, zone):yyyy-MM-dd HH:mm} 仍未簽署完畢"));
        }))));
    }

    // Enough projects told at once to hide each notice's round trips, few enough that 500 projects do not all hit the
    // notifier and the database in the same instant.
    private const int ProjectsAtOnce = 16;

    /// <summary>Tells the projects concurrently; a project's failure is logged without stopping the others, then reported.</summary>
    private async Task Each(string week, IEnumerable<(string ProjectId, Func<Task> Tell)> notices)
    {
        using var gate = new SemaphoreSlim(ProjectsAtOnce);
        var outcomes = await Task.WhenAll(notices.Select(async n =>
        {
            await gate.WaitAsync();
            try
            {
                await n.Tell();
                return null;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                NoticeFailed(log, e, n.ProjectId, week);
                return n.ProjectId;
            }
            finally
            {
                gate.Release();
            }
        }));
        var failed = outcomes.OfType<string>().ToList();
        if (failed.Count > 0)
            throw new InvalidOperationException($"the weekly-summary notices of {week} could not be delivered for {string.Join(", ", failed)} (each logged); the others were delivered");
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

    [LoggerMessage(Level = LogLevel.Error, Message = "The weekly-summary notice of project {ProjectId} ({Week}) could not be delivered")]
    private static partial void NoticeFailed(ILogger logger, Exception exception, string projectId, string week);
}
