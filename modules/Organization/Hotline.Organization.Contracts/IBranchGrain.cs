using System.Collections.Immutable;
using Orleans.Concurrency;

namespace Hotline.Organization.Contracts;

/// <summary>A branch, keyed by its id.</summary>
[Alias("Hotline.Organization.IBranchGrain")]
public interface IBranchGrain : IGrainWithStringKey
{
    [Alias("Define")]
    Task Define(BranchDefinition definition);

    [Alias("GetInfo")]
    [AlwaysInterleave]
    Task<BranchInfo?> GetInfo();

    /// <summary>One project's household count changed from <paramref name="previous"/>; idempotent (the branch keeps each project's count).</summary>
    [Alias("SetProjectHouseholds")]
    Task SetProjectHouseholds(string projectId, int previous, int households);

    /// <summary>Distinct (project, household) per issue key in the rolling window (A11.3; no threshold at branch level).</summary>
    [Alias("GetIssueCounts")]
    [AlwaysInterleave]
    Task<ImmutableArray<IssueCount>> GetIssueCounts();

    /// <summary>Drops the same-issue windows an earlier version kept in this state (the rows hold them now). Idempotent.</summary>
    [Alias("MigrateLegacyIssues")]
    Task MigrateLegacyIssues();
}
