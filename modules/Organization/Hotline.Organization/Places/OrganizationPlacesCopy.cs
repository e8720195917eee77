using System.Collections.Immutable;
using Hotline.Live.Contracts;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Places;

/// <summary>
/// <see cref="IOrganizationPlaces"/> from the company, branch and project grains, read once per directory version (one
/// reader at a time; the others wait for its copy). The outline (company and branches, which list their project ids)
/// serves request checks; project grains are called only when a report asks for <see cref="Current"/>, so a staff or
/// import change costs the access checks one call per branch, never one per project.
/// Household totals are not staff: a project's households set or imported (any silo's live organisation notice for a
/// project or the company) makes both copies due for another read, so a report's 5 % base is never an old figure.
/// </summary>
public sealed class OrganizationPlacesCopy : IOrganizationPlaces, IDisposable
{
    private readonly IGrainFactory grains;
    private readonly IStaffDirectory directory;
    private readonly IDisposable _subscription;
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Outline? _outline;
    private Places? _places;
    private int _generation;

    public OrganizationPlacesCopy(IGrainFactory grains, IStaffDirectory directory, ILiveChanges changes)
    {
        this.grains = grains;
        this.directory = directory;
        _subscription = changes.Subscribe(
            c => c.Topic == LiveTopic.Organization && !c.Id.StartsWith("person/", StringComparison.Ordinal),
            _ =>
            {
                Interlocked.Increment(ref _generation);
                return Task.CompletedTask;
            });
    }

    public void Dispose() => _subscription.Dispose();

    public async Task<PlaceIds> Ids()
    {
        var version = await directory.GetVersion();
        return Volatile.Read(ref _outline) is { } known && Fresh(known.Version, known.Generation, version)
            ? known.Ids
            : (await Locked(() => OutlineAt(version))).Ids;
    }

    public async Task<OrganizationPlaces> Current()
    {
        var version = await directory.GetVersion();
        return Volatile.Read(ref _places) is { } known && Fresh(known.Read.Version, known.Generation, version)
            ? known.Read
            : await Locked(() => PlacesAt(version));
    }

    private bool Fresh(Guid readAt, int generation, Guid version) => readAt == version && generation == Volatile.Read(ref _generation);

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

    // Under the lock. The version and generation are taken first: a change landing during the read leaves the copy due for another read.
    private async Task<Outline> OutlineAt(Guid version)
    {
        var generation = Volatile.Read(ref _generation);
        if (_outline is { } again && again.Version == version && again.Generation == generation)
        {
            return again;
        }

        var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetInfo();
        var branches = await Task.WhenAll((company?.BranchIds ?? []).Select(b => grains.GetGrain<IBranchGrain>(b).GetInfo()));
        var outline = new Outline(version, generation, company, branches.OfType<BranchInfo>().ToImmutableSortedDictionary(b => b.Id, b => b, StringComparer.Ordinal));
        Volatile.Write(ref _outline, outline);
        return outline;
    }

    private async Task<OrganizationPlaces> PlacesAt(Guid version)
    {
        var generation = Volatile.Read(ref _generation);
        if (_places is { } again && again.Read.Version == version && again.Generation == generation)
        {
            return again.Read;
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
        Volatile.Write(ref _places, new Places(read, generation));
        return read;
    }

    private sealed record Places(OrganizationPlaces Read, int Generation);

    private sealed record Outline(Guid Version, int Generation, CompanyInfo? Company, ImmutableSortedDictionary<string, BranchInfo> Branches)
    {
        public PlaceIds Ids { get; } = new(
            Version,
            Branches.Keys.ToImmutableHashSet(StringComparer.Ordinal),
            Branches.Values.SelectMany(b => b.ProjectIds).ToImmutableHashSet(StringComparer.Ordinal));
    }
}
