namespace Hotline.Organization.Contracts;

/// <summary>A managed residential estate: the unit that must act on its tickets.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.ProjectInfo")]
public sealed record ProjectInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string BranchId,
    [property: Id(3)] int Households,
    [property: Id(4)] DutyWindow? DutyWindow);
