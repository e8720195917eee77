using System.Collections.Immutable;
using Hotline.Kernel;
using Hotline.Organization.Contracts;
using Hotline.Reporting.Contracts;
using Hotline.Reporting.Contracts.WeeklySummaries;
using Hotline.Reporting.Weeks;

namespace Hotline.Reporting.WeeklySummaries;

/// <summary>The summaries as the endpoints and the console's pages read and act on them (<see cref="IWeeklySummaries"/>).</summary>
public sealed class WeeklySummaryReader(WeeklySummaryStore store, WeeklySummaryService service, IStaffDirectory staff, WeekCalendar calendar, TimeProvider time)
    : IWeeklySummaries
{
    public bool IsWeek(string? week) => ReportWeek.TryParseKey(week, out _, out _);

    public string LatestDraftedWeek() => ReportWeek.Containing(time.GetUtcNow(), calendar).Previous(calendar).Key;

    public async Task<IReadOnlyList<WeeklySummaryListItem>> List(string week, bool? late, ReportScope scope, CancellationToken ct = default) =>
        await Items(await store.List(week, late, scope, ct));

    public async Task<IReadOnlyList<WeeklySummaryListItem>> OfProject(string projectId, int weeks, CancellationToken ct = default) =>
        await Items(await store.OfProject(projectId, weeks, ct));

    public async Task<WeeklySummaryView?> Get(string projectId, string week, CancellationToken ct = default)
    {
        var (versions, signatures) = await store.Get(projectId, week, ct);
        return versions.Count == 0 ? null : WeeklySummaryViews.From(versions, signatures);
    }

    public Task<SignOutcome> SetRemarks(string projectId, string week, string? remarks) => service.SetRemarks(projectId, week, remarks);

    public Task<SignOutcome> Sign(string projectId, string week, string personId, ImmutableArray<RoleAssignment> roles, string contentSha256) =>
        service.Sign(projectId, week, personId, roles, contentSha256);

    // Whose signature is missing, from the staff directory as it is now.
    private async Task<IReadOnlyList<WeeklySummaryListItem>> Items(IReadOnlyList<WeeklySummaryRow> rows)
    {
        var people = await staff.GetPeople();
        return [.. rows.Select(r => new WeeklySummaryListItem(r.ProjectId, r.BranchId, r.Week, r.Version, r.Status, r.Late,
            r.DueAt, r.SignedAt, WeeklySummaryNotices.MissingSigners(people, r)))];
    }
}
