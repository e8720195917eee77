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

    /// <summary>Counts the report for the branch (no threshold at branch level) and forwards it to the company; answers the company's open incident id. Idempotent by ticket id.</summary>
    [Alias("RecordIssue")]
    Task<Guid?> RecordIssue(ProjectIssueReport report);

    /// <summary>One project's household count changed from <paramref name="previous"/>; idempotent (the branch keeps each project's count).</summary>
    [Alias("SetProjectHouseholds")]
    Task SetProjectHouseholds(string projectId, int previous, int households);

    [Alias("GetIssueCounts")]
    [AlwaysInterleave]
    Task<ImmutableArray<IssueCount>> GetIssueCounts();
}
