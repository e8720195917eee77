namespace Hotline.Tickets.Tests.Workflow;

/// <summary>What generated sequences exercised (statuses, commands, breaches, tricky paths), so a property run is never vacuous.</summary>
internal sealed class WorkflowCoverage
{
    private readonly SortedDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Add(string feature) => _counts[feature] = _counts.GetValueOrDefault(feature) + 1;

    public void Merge(WorkflowCoverage other)
    {
        foreach (var (feature, count) in other._counts)
        {
            _counts[feature] = _counts.GetValueOrDefault(feature) + count;
        }
    }

    public bool Has(string feature) => _counts.ContainsKey(feature);

    public override string ToString() => string.Join("\n", _counts.Select(kv => $"  {kv.Key,-48} {kv.Value,8}"));
}
