using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>A branch of the company and the projects it answers for (A9.3).</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.BranchInfo")]
public sealed record BranchInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<string> ProjectIds,
    [property: Id(3)] int Households);
