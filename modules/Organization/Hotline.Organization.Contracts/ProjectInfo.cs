namespace Hotline.Organization.Contracts;

/// <summary>
/// A managed residential estate: the unit that must act on its tickets. Its liaisons' duty window is
/// SLA configuration (Hotline:Sla:Overrides with a ProjectId), not organisation data. Id 4 is retired.
/// </summary>
[GenerateSerializer]
[Alias("Hotline.Organization.ProjectInfo")]
public sealed record ProjectInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string BranchId,
    [property: Id(3)] int Households);
