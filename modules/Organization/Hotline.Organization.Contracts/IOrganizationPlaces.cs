namespace Hotline.Organization.Contracts;

/// <summary>
/// The company's branches and projects for request checks and reports, answered from a per-silo copy instead of a call
/// per place. A copy is re-read only when <see cref="IStaffDirectory.GetVersion"/> moves: places are set only by the
/// organisation's import, in the same change as the staff, so an unknown id never causes a re-read.
/// </summary>
public interface IOrganizationPlaces
{
    /// <summary>Branch and project ids for request checks: one company call and one call per branch per version.</summary>
    Task<PlaceIds> Ids();

    /// <summary>
    /// Every place with its names and households, for reports: the branches as <see cref="Ids"/> read them, plus one
    /// call per project, made only when a report first asks at a new version.
    /// </summary>
    Task<OrganizationPlaces> Current();
}
