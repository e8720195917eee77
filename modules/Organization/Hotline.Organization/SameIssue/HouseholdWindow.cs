namespace Hotline.Organization.SameIssue;

/// <summary>
/// A counter's rolling window in memory: each household's latest report time. Rebuilt from
/// <c>same_issue_reports</c> when the counter activates, so it is never persisted; adding and pruning cost
/// O(log n) whatever the number of households, tickets or issue keys.
/// </summary>
public sealed class HouseholdWindow
{
    private readonly Dictionary<string, DateTimeOffset> _latest = new(StringComparer.Ordinal);
    private readonly SortedSet<(DateTimeOffset At, string Household)> _byTime = new(ByTime.Instance);

    /// <summary>Records a report of <paramref name="household"/> at <paramref name="at"/>; an earlier report than the one known changes nothing.</summary>
    public void Add(string household, DateTimeOffset at)
    {
        if (_latest.TryGetValue(household, out var known))
        {
            if (known >= at)
            {
                return;
            }

            _byTime.Remove((known, household));
        }

        _latest[household] = at;
        _byTime.Add((at, household));
    }

    /// <summary>Distinct households with a report inside (now - window, now]; forgets the ones before.</summary>
    public int CountAt(DateTimeOffset now, TimeSpan window)
    {
        var cutoff = now - window;
        while (_byTime.Count > 0 && _byTime.Min.At <= cutoff)
        {
            var oldest = _byTime.Min;
            _byTime.Remove(oldest);
            _latest.Remove(oldest.Household);
        }

        return _latest.Count;
    }

    public void Clear()
    {
        _latest.Clear();
        _byTime.Clear();
    }

    /// <summary>Ordinal on the household, so the order never depends on the culture.</summary>
    private sealed class ByTime : IComparer<(DateTimeOffset At, string Household)>
    {
        public static readonly ByTime Instance = new();

        public int Compare((DateTimeOffset At, string Household) x, (DateTimeOffset At, string Household) y)
        {
            var byAt = x.At.CompareTo(y.At);
            return byAt != 0 ? byAt : string.CompareOrdinal(x.Household, y.Household);
        }
    }
}
