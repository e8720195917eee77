using System.Globalization;
using Hotline.Organization.Contracts;

namespace Hotline.Organization.Rosters;

/// <summary>Finds two shifts of one roster that cover the same minute of the week (a night shift counts into the next morning).</summary>
public static class DutyOverlaps
{
    private const int Day = 24 * 60;
    private const int Week = 7 * Day;

    /// <summary>The first overlapping pair as (index, index, where), or null. Shifts must be valid (<see cref="DutyRoster.Problems"/>).</summary>
    public static (int First, int Second, string Where)? Find(IReadOnlyList<DutyShift> shifts)
    {
        var spans = shifts.Select(Spans).ToList();
        for (var i = 0; i < spans.Count; i++)
        {
            for (var j = i + 1; j < spans.Count; j++)
            {
                foreach (var a in spans[i])
                {
                    if (spans[j].FirstOrDefault(b => a.Start < b.End && b.Start < a.End) is { End: > 0 } b)
                    {
                        return (i, j, Describe(Math.Max(a.Start, b.Start)));
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Minutes of the week [start, end) the shift covers, split where it wraps past Sunday midnight.</summary>
    private static List<(int Start, int End)> Spans(DutyShift shift)
    {
        var start = Minutes(shift.Start);
        var end = shift.End == "24:00" ? Day : Minutes(shift.End);
        var length = end > start ? end - start : end + Day - start;
        var days = shift.Days.IsDefaultOrEmpty ? Enum.GetValues<DayOfWeek>() : [.. shift.Days.Distinct()];
        var spans = new List<(int, int)>();
        foreach (var day in days)
        {
            var from = ((int)day * Day) + start;
            var to = from + length;
            spans.Add((from, Math.Min(to, Week)));
            if (to > Week)
            {
                spans.Add((0, to - Week));
            }
        }

        return spans;
    }

    private static int Minutes(string hhmm) =>
        (int.Parse(hhmm.AsSpan(0, 2), CultureInfo.InvariantCulture) * 60) + int.Parse(hhmm.AsSpan(3, 2), CultureInfo.InvariantCulture);

    private static string Describe(int minuteOfWeek) =>
        $"{(DayOfWeek)(minuteOfWeek / Day)} {minuteOfWeek % Day / 60:00}:{minuteOfWeek % 60:00}";
}
