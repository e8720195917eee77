using System.Globalization;

namespace Hotline.WebConsole.Admin;

/// <summary>A limit's length in words ("1 天 2 小時", "10 min"): whole days, hours and minutes, the parts that are not zero.</summary>
public static class AdminDurations
{
    public static string Format(TimeSpan span, AdminText t)
    {
        var parts = new List<string>();
        if (span.Days != 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, t.Days, span.Days));
        }

        if (span.Hours != 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, t.Hours, span.Hours));
        }

        if (span.Minutes != 0 || parts.Count == 0)
        {
            parts.Add(string.Format(CultureInfo.InvariantCulture, t.Minutes, span.Minutes));
        }

        return string.Join(" ", parts);
    }
}
