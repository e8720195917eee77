using System.Collections.Immutable;

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
}
