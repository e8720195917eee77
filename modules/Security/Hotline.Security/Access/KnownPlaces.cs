using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Security.Access;

/// <summary>
/// The company's branch and project ids, per silo, read from the company and branch grains (already active) so an
/// unknown id in a request is refused without activating a grain for it. The copy is re-read only when the staff
/// directory's version moves (<see cref="IStaffDirectory.GetVersion"/>): places are set only by the organisation's
/// import, together with the staff, so an unknown id never causes a re-read, and a new organisation is seen as soon
/// as this silo's directory sees it (at once on the silo that imported it, elsewhere within its check interval).
/// </summary>
public sealed class KnownPlaces(IGrainFactory grains, IStaffDirectory directory)
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private Places? _places;

    public async Task<bool> IsBranch(string id) => (await Current()).Branches.Contains(id);

    public async Task<bool> IsProject(string id) => (await Current()).Projects.Contains(id);

    private async Task<Places> Current()
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
            var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetInfo();
            var branchIds = company?.BranchIds ?? [];
            var branches = await Task.WhenAll(branchIds.Select(b => grains.GetGrain<IBranchGrain>(b).GetInfo()));
            var read = new Places(version, branchIds.ToImmutableHashSet(StringComparer.Ordinal),
                branches.OfType<BranchInfo>().SelectMany(b => b.ProjectIds).ToImmutableHashSet(StringComparer.Ordinal));
            Volatile.Write(ref _places, read);
            return read;
        }
        finally
        {
            _reading.Release();
        }
    }

    private sealed record Places(Guid Version, ImmutableHashSet<string> Branches, ImmutableHashSet<string> Projects);
}
