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
    [property: Id(4)] int People)
{
    /// <summary>QualityDept's daily duty hours (A8.1.3, A9.1; configuration, filled in by the API, not stored).</summary>
    [Id(5)]
    public DutyShift? QualityDeptDuty { get; init; }
}
