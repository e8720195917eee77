using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>A whole organisation as imported at once (the demo organisation, or a customer's).</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.OrganizationSnapshot")]
public sealed record OrganizationSnapshot(
    [property: Id(0)] string CompanyName,
    [property: Id(1)] ImmutableArray<BranchDefinition> Branches,
    [property: Id(2)] ImmutableArray<PersonInfo> People);
