using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Places;

/// <summary>
/// <see cref="IOrganizationPlaces"/> from the company, branch and project grains, read once per directory version (one
/// reader at a time; the others wait for its copy). A read costs one call per branch and per project, so it happens
/// only when the organisation was imported again, never per request.
/// </summary>
public sealed class OrganizationPlacesCopy(IGrainFactory grains, IStaffDirectory directory) : IOrganizationPlaces
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private OrganizationPlaces? _places;

    public async Task<OrganizationPlaces> Current()
    {
        var version = await directory.GetVersion();
        if (Volatile.Read(ref _places) is { } known && known.Version == version)
        {
            return known;
        }

        await _reading.WaitAsync();
        try
        {
            if (_places is { } again && again.Version == version)
            {
                return again;
            }

            // The version was taken first: an import landing during the read leaves this copy due for another read.
            var read = await Read(version);
            Volatile.Write(ref _places, read);
            return read;
        }
        finally
        {
            _reading.Release();
        }
    }

    private async Task<OrganizationPlaces> Read(Guid version)
    {
        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetInfo();
        var branchIds = company?.BranchIds ?? [];
        var branches = (await Task.WhenAll(branchIds.Select(b => grains.GetGrain<IBranchGrain>(b).GetInfo()))).OfType<BranchInfo>().ToList();
        var listed = branches.SelectMany(b => b.ProjectIds.Select(p => (Branch: b.Id, Project: p))).ToList();
        var projects = await Task.WhenAll(listed.Select(async l =>
            await grains.GetGrain<IProjectGrain>(l.Project).GetInfo() ?? new ProjectInfo(l.Project, l.Project, l.Branch, 0)));
        return new OrganizationPlaces(
            version,
            company,
            branches.ToImmutableSortedDictionary(b => b.Id, b => b, StringComparer.Ordinal),
            projects.DistinctBy(p => p.Id).ToImmutableSortedDictionary(p => p.Id, p => p, StringComparer.Ordinal));
    }
}
