using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Company;

/// <summary>Init properties (not a positional record) so the state Orleans creates for a new grain is valid.</summary>
[GenerateSerializer]
[Alias("Hotline.Organization.CompanyState")]
public sealed record CompanyState
{
    [Id(0)]
    public string? Name { get; init; }

    [Id(1)]
    public ImmutableArray<string> BranchIds { get; init; } = [];

    [Id(2)]
    public ImmutableArray<PersonInfo> People { get; init; } = [];

    [Id(3)]
    public int Households { get; init; }

    public bool IsEmpty => Name is null;
}
