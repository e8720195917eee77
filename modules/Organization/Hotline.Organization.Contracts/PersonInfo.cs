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

    // Serialized by its field so a person stored before handlers existed (default array) reads as "every category".
    [Id(5)]
    private readonly ImmutableArray<string> _categories = [];

    /// <summary>
    /// The ticket categories a <see cref="Hotline.Kernel.Role.ProjectHandler"/> carries out (category codes); empty means
    /// every category. Other roles ignore it.
    /// </summary>
    public ImmutableArray<string> Categories
    {
        get => _categories.IsDefault ? [] : _categories;
        init => _categories = value;
    }

    /// <summary>Whether this person carries out tickets of <paramref name="category"/>.</summary>
    public bool Handles(string category) => Categories.IsEmpty || Categories.Contains(category, StringComparer.OrdinalIgnoreCase);
}
