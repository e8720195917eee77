using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;

namespace Hotline.Organization.Projects;

[GenerateSerializer]
[Alias("Hotline.Organization.ProjectState")]
public sealed record ProjectState
{
    [Id(0)]
    public ProjectInfo? Project { get; init; }

    /// <summary>
    /// Same-issue windows as versions before migration 0011 kept them here; carried over to rows and counters once
    /// (<see cref="ProjectGrain.MigrateLegacyIssues"/>) and empty after.
    /// </summary>
    [Id(1)]
    public ImmutableDictionary<string, IssueWindow> LegacyIssues { get; init; } = ImmutableDictionary<string, IssueWindow>.Empty;
}
