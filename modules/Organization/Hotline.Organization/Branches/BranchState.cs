using System.Collections.Immutable;
using Hotline.Organization.Issues;

namespace Hotline.Organization.Branches;

/// <summary>Init properties (not a positional record) so the state Orleans creates for a new grain is valid.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.BranchState")]
public sealed record BranchState
{
    [Id(0)]
    public string? Name { get; init; }

    [Id(1)]
    public ImmutableArray<string> ProjectIds { get; init; } = [];

    [Id(2)]
    public int Households { get; init; }

    /// <summary>Each project's part of <see cref="Households"/>.</summary>
    [Id(3)]
    public ImmutableDictionary<string, int> ProjectHouseholds { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>Same-issue windows as versions before migration 0011 kept them here; dropped once (the rows hold them now).</summary>
    [Id(4)]
    public ImmutableDictionary<string, IssueWindow> LegacyIssues { get; init; } = ImmutableDictionary<string, IssueWindow>.Empty;
}
