namespace Hotline.Organization.Contracts;

/// <summary>
/// The company's branches and projects for request checks and reports, answered from a per-silo copy instead of a call
/// per place. The copy is re-read only when <see cref="IStaffDirectory.GetVersion"/> moves: places are set only by the
/// organisation's import, in the same change as the staff, so an unknown id never causes a re-read.
/// </summary>
public interface IOrganizationPlaces
{
    Task<OrganizationPlaces> Current();
}
