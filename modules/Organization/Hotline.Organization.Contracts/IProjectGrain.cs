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
    /// Interleaves: the project only passes the report to the counter of its issue key, so reports never queue here.
    /// </summary>
    [Alias("RecordIssue")]
    [AlwaysInterleave]
    Task<IssueRecordResult> RecordIssue(IssueReport report);

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
