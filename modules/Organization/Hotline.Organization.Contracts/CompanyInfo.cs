using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>The property-management company: its branches and total households (A11.3.2).</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.CompanyInfo")]
public sealed record CompanyInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] ImmutableArray<string> BranchIds,
    [property: Id(3)] int Households,
    [property: Id(4)] int People);
