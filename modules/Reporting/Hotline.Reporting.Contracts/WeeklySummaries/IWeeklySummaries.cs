using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Reporting.Contracts.WeeklySummaries;

/// <summary>
/// The weekly signed summaries (A10.1.3.4) as the API's endpoints and the console read and act on them: one piece of
/// code behind both. The caller has already passed the access rule of the endpoint each method stands for; the order
/// of signatures and the signer's own project or branch are checked here (<see cref="SignatureStep"/>).
/// </summary>
public interface IWeeklySummaries
{
    /// <summary>Whether <paramref name="week"/> is a week key (<c>YYYY-Www</c>).</summary>
    bool IsWeek(string? week);

    /// <summary>The latest week whose summaries are drafted by now (the list endpoint's default week).</summary>
    string LatestDraftedWeek();

    /// <summary>GET /api/reports/weekly-summaries: the current summary of every project of a week within <paramref name="scope"/>.</summary>
    Task<IReadOnlyList<WeeklySummaryListItem>> List(string week, bool? late, ReportScope scope, CancellationToken ct = default);

    /// <summary>One project's current summaries of its latest <paramref name="weeks"/> drafted weeks, newest first.</summary>
    Task<IReadOnlyList<WeeklySummaryListItem>> OfProject(string projectId, int weeks, CancellationToken ct = default);

    /// <summary>GET /api/reports/projects/{id}/weekly-summaries/{week}; null when none is drafted.</summary>
    Task<WeeklySummaryView?> Get(string projectId, string week, CancellationToken ct = default);

    /// <summary>POST .../remarks: the liaison's remarks, before the first signature.</summary>
    Task<SignOutcome> SetRemarks(string projectId, string week, string? remarks);

    /// <summary>POST .../sign: signs the current version as its next signer, bound to the hash of the content the signer was shown.</summary>
    Task<SignOutcome> Sign(string projectId, string week, string personId, ImmutableArray<RoleAssignment> roles, string contentSha256);
}
