using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Hotline.Organization.Contracts;

/// <summary>A project, keyed by its id. Unknown ids answer null rather than inventing a project.</summary>
[Alias("Hotline.Organization.IProjectGrain")]
public interface IProjectGrain : IGrainWithStringKey
{
    [Alias("Define")]
    Task Define(ProjectInfo project);

    /// <summary>A pure read; interleaves, so a warning grain the project is waiting for can read it.</summary>
    [Alias("GetInfo")]
    [AlwaysInterleave]
    Task<ProjectInfo?> GetInfo();

    /// <summary>
    /// A11.1.1 / A11.3.3 / A11.3.2: counts the ticket's household once per issue key within the rolling window,
    /// raises or joins the project's same-issue incident, and rolls the report up. Idempotent by ticket id.
    /// Interleaves: reports of different issue keys run side by side; those of one key go one at a time (the project counts
    /// them from the rows, and wakes the key's counter only at its threshold or while an incident is kept).
    /// </summary>
    [Alias("RecordIssue")]
    [AlwaysInterleave]
    Task<IssueRecordResult> RecordIssue(IssueReport report);

    /// <summary>
    /// Counts follow the ticket (A11.3): the ticket's issue key or project changed, so its report leaves the counters of
    /// <paramref name="from"/> (reported to project <paramref name="fromProjectId"/>) and counts as <paramref name="to"/>
    /// here, with its repeat checked again (A11.1.1). Called on the ticket's project now. Idempotent by ticket id.
    /// </summary>
    [Alias("MoveIssue")]
    Task<IssueRecordResult> MoveIssue(string fromProjectId, IssueReport from, IssueReport to);

    /// <summary>The ticket became an invalid complaint (A10.4): its report leaves this project's and the company's counts. Idempotent.</summary>
    [Alias("WithdrawIssue")]
    Task WithdrawIssue(IssueReport report);

    /// <summary>Changes the project's household count (branch and company totals follow) and re-evaluates every issue key at once.</summary>
    [Alias("SetHouseholds")]
    Task SetHouseholds(int households);

    [Alias("GetIssueCounts")]
    [AlwaysInterleave]
    Task<ImmutableArray<IssueCount>> GetIssueCounts();

    /// <summary>Carries the same-issue windows an earlier version kept in this state over to rows and counters, once. Idempotent.</summary>
    [Alias("MigrateLegacyIssues")]
    Task MigrateLegacyIssues();
}
