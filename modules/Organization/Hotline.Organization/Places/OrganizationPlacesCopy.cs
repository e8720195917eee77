using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Places;

/// <summary>
/// <see cref="IOrganizationPlaces"/> from the company, branch and project grains, read once per directory version (one
/// reader at a time; the others wait for its copy). The outline (company and branches, which list their project ids)
/// serves request checks; project grains are called only when a report asks for <see cref="Current"/>, so a staff or
/// import change costs the access checks one call per branch, never one per project.
/// </summary>
public sealed class OrganizationPlacesCopy(IGrainFactory grains, IStaffDirectory directory) : IOrganizationPlaces
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Outline? _outline;
    private OrganizationPlaces? _places;

    public async Task<PlaceIds> Ids()
    {
        var version = await directory.GetVersion();
        return Volatile.Read(ref _outline) is { } known && known.Version == version
            ? known.Ids
            : (await Locked(() => OutlineAt(version))).Ids;
    }

    public async Task<OrganizationPlaces> Current()
    {
        var version = await directory.GetVersion();
        return Volatile.Read(ref _places) is { } known && known.Version == version
            ? known
            : await Locked(() => PlacesAt(version));
    }

    private async Task<T> Locked<T>(Func<Task<T>> read)
    {
        await _reading.WaitAsync();
        try
        {
            return await read();
        }
        finally
        {
            _reading.Release();
        }
    }

    // Under the lock. The version was taken first: an import landing during the read leaves the copy due for another read.
    private async Task<Outline> OutlineAt(Guid version)
    {
        if (_outline is { } again && again.Version == version)
        {
            return again;
        }

        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetInfo();
        var branches = await Task.WhenAll((company?.BranchIds ?? []).Select(b => grains.GetGrain<IBranchGrain>(b).GetInfo()));
        var outline = new Outline(version, company, branches.OfType<BranchInfo>().ToImmutableSortedDictionary(b => b.Id, b => b, StringComparer.Ordinal));
        Volatile.Write(ref _outline, outline);
        return outline;
    }

    private async Task<OrganizationPlaces> PlacesAt(Guid version)
    {
        if (_places is { } again && again.Version == version)
        {
            return again;
        }

        var outline = await OutlineAt(version);
        var listed = outline.Branches.Values.SelectMany(b => b.ProjectIds.Select(p => (Branch: b.Id, Project: p))).ToList();
        var projects = await Task.WhenAll(listed.Select(async l =>
            await grains.GetGrain<IProjectGrain>(l.Project).GetInfo() ?? new ProjectInfo(l.Project, l.Project, l.Branch, 0)));
        var read = new OrganizationPlaces(
            version,
            outline.Company,
            outline.Branches,
            projects.DistinctBy(p => p.Id).ToImmutableSortedDictionary(p => p.Id, p => p, StringComparer.Ordinal));
        Volatile.Write(ref _places, read);
        return read;
    }

    private sealed record Outline(Guid Version, CompanyInfo? Company, ImmutableSortedDictionary<string, BranchInfo> Branches)
    {
        public PlaceIds Ids { get; } = new(
            Version,
            Branches.Keys.ToImmutableHashSet(StringComparer.Ordinal),
            Branches.Values.SelectMany(b => b.ProjectIds).ToImmutableHashSet(StringComparer.Ordinal));
    }
}
