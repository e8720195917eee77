using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Hotline.Organization.Issues;

namespace Hotline.Organization.Company;

/// <summary>Init properties (not a positional record) so the state Orleans creates for a new grain is valid.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.CompanyState")]
public sealed record CompanyState
{
    [Id(0)]
    public string? Name { get; init; }

    [Id(1)]
    public ImmutableArray<string> BranchIds { get; init; } = [];

    [Id(2)]
    public ImmutableArray<PersonInfo> People { get; init; } = [];

    [Id(3)]
    public int Households { get; init; }

    /// <summary>Each project's part of <see cref="Households"/>.</summary>
    [Id(4)]
    public ImmutableDictionary<string, int> ProjectHouseholds { get; init; } = ImmutableDictionary<string, int>.Empty;

    /// <summary>
    /// Same-issue windows as versions before migration 0011 kept them here (A11.3.2); their incidents are handed to the
    /// counters once (<see cref="CompanyGrain.MigrateLegacyIssues"/>) and the windows dropped. The directory counts nothing.
    /// </summary>
    [Id(5)]
    public ImmutableDictionary<string, IssueWindow> LegacyIssues { get; init; } = ImmutableDictionary<string, IssueWindow>.Empty;

    public bool IsEmpty => Name is null;
}
