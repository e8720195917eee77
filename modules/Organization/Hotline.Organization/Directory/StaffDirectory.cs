using System.Collections.Frozen;
using System.Collections.Immutable;
using Hotline.Organization.Contracts;
using Microsoft.Extensions.Options;

namespace Hotline.Organization.Directory;

/// <summary>
/// This silo's copy of the staff, so a request or a notice costs no call to the one company grain. A read older than
/// <see cref="StaffDirectoryOptions.CheckInterval"/>, or older than a change this silo made (<see cref="DirectoryChanges"/>),
/// first asks the company for its staff version (one call, shared by all readers meanwhile) and reloads only if it moved.
/// </summary>
/// <remarks>
/// Why a version check rather than a push from the company grain: a push needs a subscriber list the company loses
/// whenever it moves or restarts, and a lost push leaves a silo stale without bound. Checking a version at most once
/// per interval bounds staleness whatever fails, costs one tiny call per silo per interval, and is deterministic under
/// a fake clock in tests. The silo that made a change sees it on its next read, whatever the interval.
/// </remarks>
public sealed class StaffDirectory(IStaffSource source, DirectoryChanges changes, TimeProvider time, IOptions<StaffDirectoryOptions> options)
    : IStaffDirectory
{
    private readonly Lock _gate = new();
    private readonly TimeSpan _interval = options.Value.CheckInterval;
    private Snapshot? _snapshot;
    private Task<Snapshot>? _refreshing;

    public async Task<PersonInfo?> GetPerson(string personId) => (await Current()).ById.GetValueOrDefault(personId);

    public async Task<ImmutableArray<PersonInfo>> GetPeople() => (await Current()).People;

    public async Task<Guid> GetVersion() => (await Current()).Version;

    private async ValueTask<Snapshot> Current()
    {
        var known = Volatile.Read(ref _snapshot);
        if (known is not null && known.Changes == changes.Count && time.GetUtcNow() - known.CheckedAt < _interval)
        {
            return known;
        }

        Task<Snapshot> refreshing;
        lock (_gate)
        {
            // Off any grain's context: the check belongs to the silo, not to whichever grain happened to need it first.
            refreshing = _refreshing ??= Task.Run(() => Refresh(known));
        }

        try
        {
            return await refreshing;
        }
        finally
        {
            lock (_gate)
            {
                if (_refreshing == refreshing)
                {
                    _refreshing = null;
                }
            }
        }
    }

    private async Task<Snapshot> Refresh(Snapshot? known)
    {
        // Both taken before asking, so a change landing during the call leaves the result due for another check.
        var counted = changes.Count;
        var checkedAt = time.GetUtcNow();
        Snapshot next;
        if (known is not null && await source.GetStaffVersion() == known.Version)
        {
            next = known with { CheckedAt = checkedAt, Changes = counted };
        }
        else
        {
            var listing = await source.GetStaffListing();
            next = new Snapshot(listing.Version, listing.People, listing.People.ToFrozenDictionary(p => p.Id), checkedAt, counted);
        }

        Volatile.Write(ref _snapshot, next);
        return next;
    }

    private sealed record Snapshot(Guid Version, ImmutableArray<PersonInfo> People, FrozenDictionary<string, PersonInfo> ById, DateTimeOffset CheckedAt, long Changes);
}
