namespace Hotline.Reporting.Analyses;

/// <summary>
/// One line of a trend: how many this week and the week before, the change, and the change as a share of the week
/// before (null when the week before had none).
/// </summary>
public sealed record TrendRow(string Name, long ThisWeek, long PreviousWeek, long Change, double? ChangeRate)
{
    public static TrendRow Of(string name, long thisWeek, long previousWeek) =>
        new(name, thisWeek, previousWeek, thisWeek - previousWeek,
            previousWeek == 0 ? null : Math.Round((double)(thisWeek - previousWeek) / previousWeek, 4));

    /// <summary>
    /// A row per name found in either week, ordered by name; names with none in both weeks are left out, so a
    /// company of 500 projects lists the ones that had tickets.
    /// </summary>
    public static IReadOnlyList<TrendRow> Join(IEnumerable<(string Name, long Count)> thisWeek, IEnumerable<(string Name, long Count)> previousWeek)
    {
        var now = Sum(thisWeek);
        var before = Sum(previousWeek);
        return [.. now.Keys.Union(before.Keys)
            .Order(StringComparer.Ordinal)
            .Select(name => Of(name, now.GetValueOrDefault(name), before.GetValueOrDefault(name)))
            .Where(row => row.ThisWeek != 0 || row.PreviousWeek != 0)];
    }

    private static Dictionary<string, long> Sum(IEnumerable<(string Name, long Count)> counts) =>
        counts.GroupBy(c => c.Name, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Sum(c => c.Count), StringComparer.Ordinal);
}
