using System.Globalization;
using Hotline.Reporting.Contracts.Figures;

namespace Hotline.Reporting.Overview;

/// <summary>
/// Which same-issue keys the live view lists: every key at or over the line (A11.3), then the ones with most households
/// below it, <c>?issues=</c> of them (default <see cref="Default"/>). A company's window holds tens of thousands of keys,
/// nearly all of one household: listing them all made the answer megabytes nobody reads. <c>sameIssueKeys</c> keeps the
/// count of all of them.
/// </summary>
public static class SameIssueList
{
    public const int Default = 20;

    public const int Most = 1000;

    public static int Read(string? text, IDictionary<string, string[]> errors)
    {
        if (text is null)
            return Default;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var count) && count <= Most)
            return count;
        errors["issues"] = [$"issues is how many same-issue keys below the line to list: a whole number from 0 to {Most} (default {Default})"];
        return Default;
    }

    /// <summary>The figures' keys come ordered by households, most first; the reached ones keep their places at the top.</summary>
    public static OverviewFigures Shortened(OverviewFigures figures, int belowTheLine) => figures with
    {
        SameIssues = [.. figures.SameIssues.Where(s => s.Reached), .. figures.SameIssues.Where(s => !s.Reached).Take(belowTheLine)],
        SameIssueKeys = figures.SameIssues.Count,
    };
}
