using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.WebConsole.Admin;

/// <summary>
/// The organisation as the organisation page shows it: which branches and projects there are from the places copy (they
/// change only with the organisation's import, which moves the copy's version), but every household count read from
/// the grain that owns it, so a count set a moment ago shows at once: the copy also follows the same organisation notice,
/// but a page handling that notice may read before the copy has dropped its old figure.
/// </summary>
public sealed class LiveOrganisation(IOrganizationPlaces places, IGrainFactory grains, IHouseholdRegistry registry)
{
    public async Task<OrganizationPlaces> Read()
    {
        var outline = await places.Current();
        var branches = await Task.WhenAll(outline.Branches.Values.Select(async b => await grains.GetGrain<IBranchGrain>(b.Id).GetInfo() ?? b));
        var projects = await Task.WhenAll(outline.Projects.Values.Select(async p => await grains.GetGrain<IProjectGrain>(p.Id).GetInfo() ?? p));
        return outline with
        {
            Branches = branches.ToImmutableSortedDictionary(b => b.Id, b => b, StringComparer.Ordinal),
            Projects = projects.ToImmutableSortedDictionary(p => p.Id, p => p, StringComparer.Ordinal),
        };
    }

    /// <summary>The households the project's registry holds now (what a households import changes).</summary>
    public Task<int> Registered(string projectId) => registry.Count(projectId);
}
