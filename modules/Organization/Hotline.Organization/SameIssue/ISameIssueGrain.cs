using Hotline.Organization.Contracts;

namespace Hotline.Organization.SameIssue;

/// <summary>
/// One issue key's same-issue counter in one scope (key: <see cref="SameIssueKey.GrainKey"/>). Its state is its incident
/// only; its rolling window lives in memory, rebuilt from the rows. Internal to the Organization module: tickets report
/// through <see cref="IProjectGrain.RecordIssue"/>.
/// </summary>
[Alias("Hotline.Organization.ISameIssueGrain")]
public interface ISameIssueGrain : IGrainWithStringKey
{
    /// <summary>
    /// A project counter: stores the report once, counts its household, checks the threshold, and rolls it up to the company
    /// counter (a local issue's only when the company's threshold can be reached: SameIssueGrain.RollUp). Called by projects
    /// of the previous version only (during a rolling upgrade); a project now stores the report itself and calls <see cref="CountRecorded"/>.
    /// </summary>
    [Alias("RecordForProject")]
    Task<IssueRecordResult> RecordForProject(IssueReport report, string branchId);

    /// <summary>The same, with the project's household total, so the counter need not ask the project for it.</summary>
    [Alias("RecordForProjectOf")]
    Task<IssueRecordResult> RecordForProject(IssueReport report, string branchId, int households);

    /// <summary>
    /// A project counter, for a report its project already stored and counted from the rows (IProjectGrain.RecordIssue):
    /// counts its household, checks the threshold and rolls it up as <see cref="RecordForProject(IssueReport, string, int)"/>
    /// does. <paramref name="projectCount"/> is the key's households the rows held with this report, or null when the project
    /// found this counter marked as keeping an incident (every report then comes here).
    /// </summary>
    [Alias("CountRecordedForProject")]
    Task<IssueRecordResult> CountRecorded(IssueReport report, string branchId, int households, Guid? repeatOf, int? projectCount);

    /// <summary>The company counter: counts (project, household) once and checks the threshold; answers the open incident's warning id.</summary>
    [Alias("CountForCompany")]
    Task<Guid?> CountForCompany(string projectId, IssueReport report);

    /// <summary>
    /// The company counter of a local issue (one building's, "key@project"): its households are its project's, so its
    /// count must equal <paramref name="projectCount"/>; a window that does not (reports passed it by) is rebuilt from the rows first.
    /// </summary>
    [Alias("CountLocalForCompany")]
    Task<Guid?> CountForCompany(string projectId, IssueReport report, int projectCount);

    /// <summary>The scope's household total changed: the threshold is checked again at once.</summary>
    [Alias("Reevaluate")]
    Task Reevaluate(int households);

    /// <summary>A report left this counter (its ticket moved or became invalid): the window is rebuilt from the rows and checked at once.</summary>
    [Alias("Recount")]
    Task Recount();

    [Alias("GetCount")]
    Task<IssueCount> GetCount();

    /// <summary>Takes over an incident kept by an earlier version (unless this counter has one of its own) and reloads the window from the rows.</summary>
    [Alias("Adopt")]
    Task Adopt(SameIssueState? incident);
}
