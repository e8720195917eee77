using System.Globalization;

namespace Hotline.Organization.Contracts;

/// <summary>Reads a person's duty shifts (A9 product decision: rosters are data). A person without shifts is always on duty.</summary>
public static class DutyRoster
{
    private const int Day = 24 * 60;

    public static bool HasRoster(PersonInfo person) => !person.Duty.IsDefaultOrEmpty;

    /// <summary>Whether <paramref name="person"/> is on duty at <paramref name="at"/> in the business time zone.</summary>
    public static bool IsOnDuty(PersonInfo person, DateTimeOffset at, TimeZoneInfo zone)
    {
        if (!HasRoster(person))
        {
            return true;
        }

        var local = TimeZoneInfo.ConvertTime(at, zone);
        var minute = (local.Hour * 60) + local.Minute;
        return person.Duty.Any(shift => Covers(shift, local.DayOfWeek, minute));
    }

    /// <summary>The shifts of <paramref name="person"/> that start on <paramref name="day"/>, in roster order (a week grid's cell).</summary>
    public static IEnumerable<DutyShift> StartingOn(PersonInfo person, DayOfWeek day) =>
        HasRoster(person) ? person.Duty.Where(shift => On(shift, day)) : [];

    /// <summary>Whether <paramref name="shift"/> ends the next morning (its end before its start).</summary>
    public static bool EndsNextDay(DutyShift shift) =>
        Minutes(shift.Start, isEnd: false) is { } start && Minutes(shift.End, isEnd: true) is { } end && end < start;

    /// <summary>What is wrong with one shift (empty when nothing is).</summary>
    public static IEnumerable<string> Problems(DutyShift shift)
    {
        var start = Minutes(shift.Start, isEnd: false);
        var end = Minutes(shift.End, isEnd: true);
        if (start is null)
        {
            yield return $"start '{shift.Start}' is not a time of day (HH:mm, 00:00–23:59)";
        }

        if (end is null)
        {
            yield return $"end '{shift.End}' is not a time of day (HH:mm, 00:01–24:00)";
        }

        if (start is not null && start == end)
        {
            yield return $"start and end are both '{shift.Start}' (an empty or ambiguous shift)";
        }

        if (!shift.Days.IsDefault && shift.Days.Any(d => !Enum.IsDefined(d)))
        {
            yield return "names an unknown day of the week";
        }
    }

    private static bool Covers(DutyShift shift, DayOfWeek day, int minute)
    {
        if (Minutes(shift.Start, isEnd: false) is not { } start || Minutes(shift.End, isEnd: true) is not { } end || start == end)
        {
            return false;
        }

        if (start < end)
        {
            return On(shift, day) && minute >= start && minute < end;
        }

        var previous = (DayOfWeek)(((int)day + 6) % 7);
        return (On(shift, day) && minute >= start) || (On(shift, previous) && minute < end);
    }

    private static bool On(DutyShift shift, DayOfWeek day) => shift.Days.IsDefaultOrEmpty || shift.Days.Contains(day);

    private static int? Minutes(string? text, bool isEnd)
    {
        if (text is not { Length: 5 } || text[2] != ':'
            || !int.TryParse(text.AsSpan(0, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var hours)
            || !int.TryParse(text.AsSpan(3, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var minutes)
            || minutes > 59)
        {
            return null;
        }

        var total = (hours * 60) + minutes;
        return total < Day || (isEnd && total == Day) ? (isEnd && total == 0 ? Day : total) : null;
    }
}
