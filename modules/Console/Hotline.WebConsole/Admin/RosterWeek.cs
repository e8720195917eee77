using Hotline.Organization.Contracts;

namespace Hotline.WebConsole.Admin;

/// <summary>
/// A week of duty rosters as a grid: the Monday-to-Sunday dates of the week holding a day (business calendar), and per
/// person, per day, the shifts starting that day as <see cref="DutyRoster"/> reads them (the code routing uses).
/// </summary>
public static class RosterWeek
{
    public static readonly DayOfWeek[] Days =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>The Monday of the week holding <paramref name="day"/>.</summary>
    public static DateOnly Monday(DateOnly day) => day.AddDays(-(((int)day.DayOfWeek + 6) % 7));

    /// <summary>The week's seven dates, Monday first.</summary>
    public static DateOnly[] Dates(DateOnly day) => [.. Enumerable.Range(0, 7).Select(i => Monday(day).AddDays(i))];

    /// <summary>One cell: the shifts of <paramref name="person"/> starting on <paramref name="day"/>; null when they have no roster (always on duty).</summary>
    public static IReadOnlyList<DutyShift>? Cell(PersonInfo person, DayOfWeek day) =>
        DutyRoster.HasRoster(person) ? [.. DutyRoster.StartingOn(person, day)] : null;
}
