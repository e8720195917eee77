namespace Hotline.Live.Cluster;

/// <summary>
/// The member list, in memory only: silos re-join every refresh, so a directory re-activated after its silo died is
/// whole again within one refresh, and the relays keep their own copies meanwhile. Members whose silo membership calls
/// dead or leaving are dropped, so the list never outgrows the cluster.
/// </summary>
public sealed class LiveDirectoryGrain(IClusterMembershipService membership) : Grain, ILiveDirectoryGrain
{
    private readonly Dictionary<SiloAddress, ILiveSiloObserver> _members = [];

    public Task<LiveMember[]> Join(LiveMember member)
    {
        var isNew = !_members.TryGetValue(member.Silo, out var known) || !known.Equals(member.Observer);
        _members[member.Silo] = member.Observer;
        var snapshot = membership.CurrentSnapshot;
        foreach (var gone in _members.Keys.Where(silo => snapshot.GetSiloStatus(silo).IsTerminating()).ToList())
        {
            _members.Remove(gone);
        }

        var all = _members.Select(m => new LiveMember(m.Key, m.Value)).ToArray();
        if (isNew)
        {
            // Tell the others now rather than at their next refresh: a new silo gets changes from everyone at once.
            foreach (var other in all.Where(m => !m.Silo.Equals(member.Silo)))
            {
                _ = other.Observer.Members(all);
            }
        }

        return Task.FromResult(all);
    }
}
