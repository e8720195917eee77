namespace Hotline.Storage.Embedded;

/// <summary>What a host leaving a shared embedded server does: the last live user stops it; entries of dead users are removed.</summary>
public sealed record LeaveDecision(bool StopServer, IReadOnlyList<int> StillUsedBy, IReadOnlyList<string> StaleEntries)
{
    public static LeaveDecision For(string ownEntry, IEnumerable<ServerUser> recorded)
    {
        var others = recorded.Where(u => u.Entry != ownEntry).ToList();
        var live = others.Where(u => u.Alive).Select(u => u.ProcessId).Distinct().Order().ToList();
        var stale = others.Where(u => !u.Alive).Select(u => u.Entry).ToList();
        return new LeaveDecision(live.Count == 0, live, stale);
    }
}
