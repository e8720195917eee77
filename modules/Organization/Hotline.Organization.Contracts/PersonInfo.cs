using System.Collections.Immutable;
using Hotline.Kernel;

namespace Hotline.Organization.Contracts;

/// <summary>A member of staff and every role they hold.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.PersonInfo")]
public sealed record PersonInfo(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Phone,
    [property: Id(3)] ImmutableArray<RoleAssignment> Roles)
{
    /// <summary>The person's weekly duty shifts (<see cref="DutyRoster"/>); none means always on duty.</summary>
    [Id(4)]
    public ImmutableArray<DutyShift> Duty { get; init; } = [];
}
