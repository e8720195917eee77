using System.Collections.Immutable;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.SameIssue;

/// <summary>Same-issue counts as the API shows them: keys with households in the window or an open incident, largest first.</summary>
public static class IssueCounts
{
    /// <summary>Asks the counter of each key (in parallel) for its count.</summary>
    public static async Task<ImmutableArray<IssueCount>> Of(IGrainFactory grains, IEnumerable<SameIssueKey> keys) =>
        Ordered(await Task.WhenAll(keys.Select(k => grains.GetGrain<ISameIssueGrain>(k.GrainKey).GetCount())));

    public static ImmutableArray<IssueCount> Ordered(IEnumerable<IssueCount> counts) =>
        [.. counts
            .Where(c => c.Households > 0 || c.IncidentWarningId is not null)
            .OrderByDescending(c => c.Households)
            .ThenBy(c => c.IssueKey, StringComparer.Ordinal)];
}
