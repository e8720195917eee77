using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>A branch as imported, with its projects.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.BranchDefinition")]
public sealed record BranchDefinition(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<ProjectInfo> Projects);
