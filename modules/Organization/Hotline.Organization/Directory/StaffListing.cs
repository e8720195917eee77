using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Directory;

/// <summary>The whole staff with the version it had when read, in one answer so the two always match.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.StaffListing")]
public sealed record StaffListing(
    [property: Id(0)] Guid Version,
    [property: Id(1)] ImmutableArray<PersonInfo> People);
