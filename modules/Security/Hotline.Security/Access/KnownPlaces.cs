using Hotline.Organization.Contracts;

namespace Hotline.Security.Access;

/// <summary>
/// Whether a branch or project id in a request names one of the company's places, from the organisation's per-silo
/// copy of ids (<see cref="IOrganizationPlaces.Ids"/>: company and branch grains only, no project grain), so an unknown
/// id is refused without activating a grain for it and never causes a re-read (the copy moves only with the staff
/// directory's version).
/// </summary>
public sealed class KnownPlaces(IOrganizationPlaces places)
{
    public async Task<bool> IsBranch(string id) => (await places.Ids()).Branches.Contains(id);

    public async Task<bool> IsProject(string id) => (await places.Ids()).Projects.Contains(id);
}
