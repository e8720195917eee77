using System.Globalization;
using Hotline.Reporting.Contracts;

namespace Hotline.Reporting.Weeks;

/// <summary>
/// One reporting week (A10.1.3.4). Its key is the ISO week (<c>YYYY-Www</c>) of its nominal due day (Friday); the
/// actual <see cref="DueDay"/> is the last working day on or before it (holidays and weekends skipped). The week's
/// <see cref="Period"/> runs from the start of the previous week's due day to the start of this week's: whole local
/// days, contiguous across weeks, so every ticket belongs to exactly one week.
/// </summary>
public sealed record ReportWeek(string Key, DateOnly DueDay, ReportPeriod Period, DateTimeOffset DueAt)
{
    /// <summary>The start of the due day: the week's figures are complete then, and the summary is drafted.</summary>
    public DateTimeOffset DraftAt => Period.To;

    /// <summary>The week with <paramref name="key"/>; throws <see cref="FormatException"/> for anything but a valid <c>YYYY-Www</c>.</summary>
    public static ReportWeek Of(string key, WeekCalendar calendar) =>
        TryParseKey(key, out var year, out var week)
            ? calendar.Week(ISOWeek.ToDateTime(year, week, calendar.NominalDueDay))
            : throw new FormatException($"'{key}' is not a week (expected YYYY-Www, e.g. 2026-W49).");

    /// <summary>The week whose period holds <paramref name="instant"/>.</summary>
    public static ReportWeek Containing(DateTimeOffset instant, WeekCalendar calendar)
    {
        var local = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, calendar.Zone).DateTime);
        var candidate = calendar.Week(ISOWeek.ToDateTime(ISOWeek.GetYear(local.ToDateTime(TimeOnly.MinValue)),
            ISOWeek.GetWeekOfYear(local.ToDateTime(TimeOnly.MinValue)), calendar.NominalDueDay));
        // The previous week's draft time is always before this ISO week began; walk forward to the first draft after the instant.
        while (instant >= candidate.DraftAt)
            candidate = candidate.Next(calendar);
        return candidate;
    }

    public ReportWeek Next(WeekCalendar calendar) => Of(KeyOf(NominalDue(calendar).AddDays(7)), calendar);

    public ReportWeek Previous(WeekCalendar calendar) => Of(KeyOf(NominalDue(calendar).AddDays(-7)), calendar);

    public static bool TryParseKey(string? key, out int year, out int week)
    {
        year = week = 0;
        if (key is not { Length: 8 } || key[4] != '-' || key[5] != 'W'
            || !int.TryParse(key.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out year)
            || !int.TryParse(key.AsSpan(6, 2), NumberStyles.None, CultureInfo.InvariantCulture, out week))
            return false;
        return year is >= 2000 and <= 9998 && week >= 1 && week <= ISOWeek.GetWeeksInYear(year);
    }

    internal static string KeyOf(DateTime nominalDue) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(nominalDue):D4}-W{ISOWeek.GetWeekOfYear(nominalDue):D2}");

    private DateTime NominalDue(WeekCalendar calendar)
    {
        TryParseKey(Key, out var year, out var week);
        return ISOWeek.ToDateTime(year, week, calendar.NominalDueDay);
    }
}
