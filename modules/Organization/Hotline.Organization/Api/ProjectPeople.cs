using System.Collections.Immutable;

namespace Hotline.Organization.Api;

/// <summary>Who answers for a project (A9.2, A9.3): its liaisons, its manager(s) and its branch's head(s); and its handlers.</summary>
public sealed record ProjectPeople(
    string ProjectId,
    string BranchId,
    ImmutableArray<StaffContact> Liaisons,
    ImmutableArray<StaffContact> Managers,
    ImmutableArray<StaffContact> BranchHeads)
{
    /// <summary>Issue 11: the project's handlers, who carry its tickets out (their categories are in the organisation).</summary>
    public ImmutableArray<StaffContact> Handlers { get; init; } = [];
}
