using System.Collections.Immutable;

namespace Hotline.Organization.Issues;

/// <summary>
/// A branch's or the company's households: the total and each project's part, so a project's new count
/// is applied once however often it is repeated. A project missing from the parts (state saved before
/// parts were kept) is taken at the <c>previous</c> count the project reports.
/// </summary>
public static class HouseholdTotals
{
    public static (int Total, ImmutableDictionary<string, int> Parts) Apply(
        int total, ImmutableDictionary<string, int> parts, string projectId, int previous, int households)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(households);
        var known = parts.TryGetValue(projectId, out var part) ? part : previous;
        return known == households && parts.ContainsKey(projectId)
            ? (total, parts)
            : (total - known + households, parts.SetItem(projectId, households));
    }
}
