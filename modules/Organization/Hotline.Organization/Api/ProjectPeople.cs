using System.Collections.Immutable;

namespace Hotline.Organization.Api;

/// <summary>Who answers for a project (A9.2, A9.3): its liaisons, its manager(s) and its branch's head(s).</summary>
public sealed record ProjectPeople(
    string ProjectId,
    string BranchId,
    ImmutableArray<StaffContact> Liaisons,
    ImmutableArray<StaffContact> Managers,
    ImmutableArray<StaffContact> BranchHeads);
