using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Security.Access;

/// <summary>
/// The company's branch and project ids, per silo, read from the company and branch grains (already active) so an
/// unknown id in a request is refused without activating a grain for it. An id not in the copy re-reads it, at most
/// once per <see cref="RefreshInterval"/> (a project added a moment ago is found within that time).
/// </summary>
public sealed class KnownPlaces(IGrainFactory grains, TimeProvider clock)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(5);

    private readonly SemaphoreSlim _reading = new(1, 1);
    private (ImmutableHashSet<string> Branches, ImmutableHashSet<string> Projects)? _places;
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    public async Task<bool> IsBranch(string id) => (await Places(id, p => p.Branches)).Branches.Contains(id);

    public async Task<bool> IsProject(string id) => (await Places(id, p => p.Projects)).Projects.Contains(id);

    private async Task<(ImmutableHashSet<string> Branches, ImmutableHashSet<string> Projects)> Places(
        string id, Func<(ImmutableHashSet<string> Branches, ImmutableHashSet<string> Projects), ImmutableHashSet<string>> set)
    {
        if (_places is { } known && (set(known).Contains(id) || clock.GetUtcNow() - _readAt < RefreshInterval))
        {
            return known;
        }

        await _reading.WaitAsync();
        try
        {
            if (_places is { } again && (set(again).Contains(id) || clock.GetUtcNow() - _readAt < RefreshInterval))
            {
                return again;
            }

            var company = await grains.GetGrain<ICompanyGrain>(ICompanyGrain.SingletonKey).GetInfo();
            var branchIds = company?.BranchIds ?? [];
            var branches = await Task.WhenAll(branchIds.Select(b => grains.GetGrain<IBranchGrain>(b).GetInfo()));
            var read = (branchIds.ToImmutableHashSet(StringComparer.Ordinal),
                branches.OfType<BranchInfo>().SelectMany(b => b.ProjectIds).ToImmutableHashSet(StringComparer.Ordinal));
            _places = read;
            _readAt = clock.GetUtcNow();
            return read;
        }
        finally
        {
            _reading.Release();
        }
    }
}
