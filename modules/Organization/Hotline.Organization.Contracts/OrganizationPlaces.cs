using System.Collections.Immutable;

namespace Hotline.Organization.Contracts;

/// <summary>
/// The organisation's places as one silo last read them: the company, its branches and their projects (with names,
/// branch and household counts), keyed by id in ordinal order. <see cref="Version"/> is the staff directory's version
/// the copy was read at. A project its branch lists but that was never defined appears with its id as name and no households.
/// </summary>
public sealed record OrganizationPlaces(
    Guid Version,
    CompanyInfo? Company,
    ImmutableSortedDictionary<string, BranchInfo> Branches,
    ImmutableSortedDictionary<string, ProjectInfo> Projects);
